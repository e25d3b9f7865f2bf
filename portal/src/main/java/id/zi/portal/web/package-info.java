/** What every page shares: the signed-in user, the menu by role, the language switch. */
@NullMarked
package id.zi.portal.web;

import org.jspecify.annotations.NullMarked;
