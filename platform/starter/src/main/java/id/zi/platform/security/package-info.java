/** Every service as a JWT resource server, with 401/403 as problem+json. */
package id.zi.platform.security;
