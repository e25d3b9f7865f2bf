/**
 * A real OpenID issuer for tests: JWKS over HTTP and RS256 tokens carrying the claims of the Keycloak realm,
 * so services validate them with the same resource-server setup as in production.
 */
@NullMarked
package id.zi.testkit.security;

import org.jspecify.annotations.NullMarked;
