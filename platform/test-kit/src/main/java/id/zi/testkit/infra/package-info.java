/**
 * The servers behind a service's integration tests, started once per test JVM on free ports and temporary
 * folders: in-process Kafka (KRaft) and MongoDB-protocol servers and an s3proxy child process by default, or
 * Testcontainers images (MongoDB replica set, Kafka, MinIO) where Docker exists.
 */
@NullMarked
package id.zi.testkit.infra;

import org.jspecify.annotations.NullMarked;
