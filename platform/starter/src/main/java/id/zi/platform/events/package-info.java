/** CloudEvents on Kafka through the single-document outbox and its relay. */
package id.zi.platform.events;
