/**
 * Checks that an event as published on Kafka keeps the contract of {@code zi-contracts}: its CloudEvents headers
 * and its JSON payload against the schema named by its type.
 */
@NullMarked
package id.zi.testkit.contracts;

import org.jspecify.annotations.NullMarked;
