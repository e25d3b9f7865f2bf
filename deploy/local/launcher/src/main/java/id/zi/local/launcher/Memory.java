package id.zi.local.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Resident memory of a process tree, read from {@code /proc} (Linux); -1 where there is no {@code /proc}. */
final class Memory {

    private Memory() {
    }

    static long rssBytes(ProcessHandle process) {
        long own = rssOf(process.pid());
        if (own < 0) {
            return -1;
        }
        // Keycloak's kc.sh is a shell that waits for its JVM: the tree is what the component costs
        try (Stream<ProcessHandle> descendants = process.descendants()) {
            return own + descendants.mapToLong(child -> Math.max(0, rssOf(child.pid()))).sum();
        }
    }

    private static long rssOf(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    String[] parts = line.substring(6).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
