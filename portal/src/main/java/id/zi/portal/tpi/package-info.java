/**
 * The inspector's (TPI) pages: the units in scope with their status, the evidence review queue, the LKE side by
 * side (unit vs TPI) and the monev review. Every figure comes from the APIs with the inspector's own token.
 */
@NullMarked
package id.zi.portal.tpi;

import org.jspecify.annotations.NullMarked;
