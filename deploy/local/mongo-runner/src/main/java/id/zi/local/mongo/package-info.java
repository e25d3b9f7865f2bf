/** A file-backed MongoDB-protocol server for the embedded default, run as its own JVM by the launcher. */
package id.zi.local.mongo;
