/** Monitoring's copy of the org directory, fed by planning's org unit events; the base of every roll-up. */
package id.zi.monitoring.orgunit;
