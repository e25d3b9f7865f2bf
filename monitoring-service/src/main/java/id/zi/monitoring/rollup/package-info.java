/**
 * Roll-ups across units: a read model of each unit's latest facts built from Kafka alone
 * ({@link id.zi.monitoring.rollup.UnitFactsProjection}), held in memory per instance
 * ({@link id.zi.monitoring.rollup.RollupIndex}) so a national roll-up over tens of thousands of units walks
 * memory instead of scanning an unindexed store, and aggregated by {@link id.zi.monitoring.rollup.RollupTotals}.
 */
package id.zi.monitoring.rollup;
