/** The org directory: national, provinces, regencies and cities, instansi, units and inspectorates, as one tree. */
package id.zi.planning.orgunit;
