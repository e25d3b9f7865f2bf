/** Monitoring's copy of the units' work plans, fed by planning's plan events: what each monev's rows start from. */
@NullMarked
package id.zi.monitoring.plan;

import org.jspecify.annotations.NullMarked;
