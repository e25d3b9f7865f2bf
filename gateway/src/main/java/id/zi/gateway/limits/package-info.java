/** Request-body size limits and the in-memory rate limits of the public endpoints. */
@NullMarked
package id.zi.gateway.limits;

import org.jspecify.annotations.NullMarked;
