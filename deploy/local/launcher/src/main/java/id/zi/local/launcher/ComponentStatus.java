package id.zi.local.launcher;

/**
 * One component of the local stack as seen from outside: its process (pid -1 when none), the port it serves,
 * whether it answers its health check, and the resident memory of its process tree (-1 when unknown).
 */
public record ComponentStatus(String name, long pid, int port, boolean running, boolean healthy, long rssBytes) {
}
