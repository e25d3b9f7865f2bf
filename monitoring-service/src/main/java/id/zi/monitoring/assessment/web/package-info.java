/** The assessment's HTTP side: both sides of a unit's LKE of a year, read together and saved one side at a time. */
@NullMarked
package id.zi.monitoring.assessment.web;

import org.jspecify.annotations.NullMarked;
