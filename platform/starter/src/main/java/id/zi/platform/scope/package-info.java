/** Tenant scope: who the caller is and which part of the org tree they may see and write. */
package id.zi.platform.scope;
