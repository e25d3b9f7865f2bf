/** Baseline tests every service inherits: health, metrics, token checks, problem responses. */
package id.zi.testkit.service;
