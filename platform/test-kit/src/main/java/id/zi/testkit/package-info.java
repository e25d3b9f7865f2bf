/** Test support: the embedded infrastructure started once per test JVM, JWT minting, and the Testcontainers switch. */
package id.zi.testkit;
