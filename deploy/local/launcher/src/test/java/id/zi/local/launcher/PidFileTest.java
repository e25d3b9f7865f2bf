package id.zi.local.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFileTest {

    @TempDir
    Path dir;

    @Test
    void findsTheLiveProcessItNames() {
        PidFile pidFile = new PidFile(dir.resolve("run/self.pid"));

        pidFile.write(ProcessHandle.current());

        assertThat(pidFile.alive()).contains(ProcessHandle.current());
    }

    @Test
    void aProcessThatEndedIsNotAlive() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").start();
        PidFile pidFile = new PidFile(dir.resolve("ended.pid"));
        pidFile.write(process.toHandle());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(pidFile.alive()).isEmpty();
    }

    @Test
    void aReusedPidWithAnotherStartTimeIsNotOurs() throws Exception {
        Path file = dir.resolve("reused.pid");
        long startedLongAgo = ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli() - 3_600_000;
        Files.writeString(file, ProcessHandle.current().pid() + "\n" + startedLongAgo + "\n");

        assertThat(new PidFile(file).alive()).isEmpty();
    }

    @Test
    void aMissingOrGarbledFileMeansNotRunning() throws Exception {
        assertThat(new PidFile(dir.resolve("missing.pid")).alive()).isEmpty();
        Path garbled = Files.writeString(dir.resolve("garbled.pid"), "not a pid\n");
        assertThat(new PidFile(garbled).alive()).isEmpty();
    }

    @Test
    void deleteRemovesTheFile() {
        PidFile pidFile = new PidFile(dir.resolve("gone.pid"));
        pidFile.write(ProcessHandle.current());

        pidFile.delete();

        assertThat(Files.exists(pidFile.file())).isFalse();
    }
}
