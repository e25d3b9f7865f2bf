/** The portal's one way to the platform's APIs: through the gateway, with the user's token. */
@NullMarked
package id.zi.portal.gateway;

import org.jspecify.annotations.NullMarked;
