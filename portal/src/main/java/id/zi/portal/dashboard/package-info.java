/**
 * The regional and national evaluators' dashboard: the roll-up of an org node (national → province →
 * regency/city → unit) from monitoring-service, its children for drill-down, charts, the ranking of units and the
 * CSV export. Everything shown is what {@code /api/monitoring/rollups} answers for the signed-in user's token.
 */
package id.zi.portal.dashboard;
