/** A single-node KRaft Kafka broker for the embedded default, run as its own JVM by the launcher. */
package id.zi.local.kafka;
