/** Idempotent consumers: dedupe on ce_source+ce_id, sequence-guarded projections, blocking retries and a dead-letter topic. */
package id.zi.platform.consumer;
