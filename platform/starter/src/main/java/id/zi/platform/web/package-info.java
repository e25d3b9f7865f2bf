/** Platform-wide defaults applied to every service's environment. */
package id.zi.platform.web;
