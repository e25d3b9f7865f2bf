package id.zi.local.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code <data>/run/<name>.pid}: the pid on the first line, its start time (epoch millis) on the second, so that a
 * later command never mistakes an unrelated process that reused the pid for ours.
 */
record PidFile(Path file) {

    void write(ProcessHandle process) {
        String started = process.info().startInstant().map(i -> Long.toString(i.toEpochMilli())).orElse("");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, process.pid() + "\n" + started + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The live process this file names, if it still runs. */
    Optional<ProcessHandle> alive() {
        List<String> lines;
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.isEmpty() || lines.getFirst().isBlank()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (handle.isPresent() && lines.size() > 1 && !lines.get(1).isBlank()) {
            long recorded = Long.parseLong(lines.get(1).trim());
            Optional<Instant> actual = handle.get().info().startInstant();
            // start times are reported with clock-tick precision: allow a little drift
            if (actual.isPresent() && Math.abs(actual.get().toEpochMilli() - recorded) > 2_000) {
                return Optional.empty();
            }
        }
        return handle;
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
