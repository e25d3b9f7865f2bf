/**
 * The survey index rules, without Spring: SKM (PermenPANRB 14/2017) elements, NRR, index, IKM and grade
 * under a named weight policy; SPAK/SPKP (SE MenPANRB 04/2023) indices under a named scale policy; and the
 * Krejcie–Morgan minimum sample. Values stay unrounded; only the displayed IKM is rounded.
 */
@NullMarked
package id.zi.survey.index;

import org.jspecify.annotations.NullMarked;
