/** What a caller sees when a service is down or too slow: the circuit-breaker fallback. */
@NullMarked
package id.zi.gateway.resilience;

import org.jspecify.annotations.NullMarked;
