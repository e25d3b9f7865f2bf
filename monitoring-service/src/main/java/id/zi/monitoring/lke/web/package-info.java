/**
 * The LKE's Spring side: the catalog and rules as beans configured by {@code zi.monitoring.lke.*}, and the
 * public scoring calculator {@code POST /api/monitoring/lke/score}.
 */
@NullMarked
package id.zi.monitoring.lke.web;

import org.jspecify.annotations.NullMarked;
