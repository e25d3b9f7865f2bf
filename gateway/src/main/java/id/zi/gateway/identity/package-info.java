/** The one place where inbound identity headers are dropped and set again from the validated token. */
@NullMarked
package id.zi.gateway.identity;

import org.jspecify.annotations.NullMarked;
