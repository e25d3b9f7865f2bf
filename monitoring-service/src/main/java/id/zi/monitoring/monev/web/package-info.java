/** Monev's HTTP side: the monev API, its report PDF, the unit's monev setting, and the problems they answer with. */
@NullMarked
package id.zi.monitoring.monev.web;

import org.jspecify.annotations.NullMarked;
