/** The gateway: the platform's only public entry, in front of the services and the portal. */
@NullMarked
package id.zi.gateway;

import org.jspecify.annotations.NullMarked;
