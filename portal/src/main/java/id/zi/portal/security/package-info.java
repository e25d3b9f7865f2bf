/** Sign-in at Keycloak (authorization code + PKCE) and sign-out. */
package id.zi.portal.security;
