/** Reading what services published, as an outside consumer would. */
package id.zi.testkit.events;
