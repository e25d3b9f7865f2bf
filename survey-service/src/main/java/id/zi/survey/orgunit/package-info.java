/** The survey service's copy of the org directory, fed by planning's org unit events: unit names and paths. */
@NullMarked
package id.zi.survey.orgunit;

import org.jspecify.annotations.NullMarked;
