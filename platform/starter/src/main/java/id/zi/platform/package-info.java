/** Cross-cutting pieces every ZI service uses: tenant scope, problem responses, events and the outbox, security, storage. */
package id.zi.platform;
