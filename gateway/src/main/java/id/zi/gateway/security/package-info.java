/** Who may call what: JWT resource server, public endpoints, CORS, 401/403 as problem+json. */
@NullMarked
package id.zi.gateway.security;

import org.jspecify.annotations.NullMarked;
