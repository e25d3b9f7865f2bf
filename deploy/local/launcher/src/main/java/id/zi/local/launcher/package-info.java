/**
 * The {@code ./zi} launcher and {@link id.zi.local.launcher.LocalStack}: the whole platform as local processes.
 */
package id.zi.local.launcher;
