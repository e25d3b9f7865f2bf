/** RFC 9457 problem responses for every error the gateway itself produces. */
@NullMarked
package id.zi.gateway.problem;

import org.jspecify.annotations.NullMarked;
