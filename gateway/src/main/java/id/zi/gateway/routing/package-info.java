/** Which request goes to which service, with which limits, breaker and time limit. */
@NullMarked
package id.zi.gateway.routing;

import org.jspecify.annotations.NullMarked;
