/** The platform administrator's pages: org units, users' roles and units (Keycloak's admin API), survey links. */
@NullMarked
package id.zi.portal.admin;

import org.jspecify.annotations.NullMarked;
