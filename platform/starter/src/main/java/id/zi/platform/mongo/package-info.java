/** Scoped MongoDB access and the database health check that works on every MongoDB-protocol server. */
package id.zi.platform.mongo;
