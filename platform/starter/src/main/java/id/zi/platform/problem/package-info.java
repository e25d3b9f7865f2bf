/** RFC 9457 problem responses: one way to say what went wrong and which field is at fault. */
package id.zi.platform.problem;
