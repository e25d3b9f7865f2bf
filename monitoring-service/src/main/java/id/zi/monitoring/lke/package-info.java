/**
 * The Lembar Kerja Evaluasi of Zona Integritas as a weighted tree read from a versioned catalog: turning
 * answers into values, scoring the tree, and the Menuju WBK and Menuju WBBM readiness rules. Plain Java, so
 * the calculator, stored assessments and roll-ups all score with the same rules.
 */
@NullMarked
package id.zi.monitoring.lke;

import org.jspecify.annotations.NullMarked;
