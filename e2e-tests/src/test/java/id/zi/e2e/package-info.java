/** End-to-end tests: the whole local stack, through the gateway. */
package id.zi.e2e;
