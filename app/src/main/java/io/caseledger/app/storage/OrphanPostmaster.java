package io.caseledger.app.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server left running by a JVM that was killed (kill -9 ends the JVM, not the postmaster
 * it started). It still holds the data directory, so the next start would fail. It is ended only when
 * it is provably ours: the pid in {@code postmaster.pid} is a live {@code postgres} process whose
 * command line names this very data directory. PostgreSQL then recovers from its write-ahead log.
 */
final class OrphanPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanPostmaster.class);

    private OrphanPostmaster() {
    }

    /** Ends the orphan holding {@code dataDir}, if there is one; true when one was ended. */
    static boolean endIfPresent(Path dataDir) {
        Optional<ProcessHandle> orphan = find(dataDir);
        if (orphan.isEmpty()) {
            return false;
        }
        ProcessHandle process = orphan.get();
        log.warn("A PostgreSQL server (pid {}) left by an earlier run still holds the event store's data directory; stopping it",
                process.pid());
        // SIGTERM is PostgreSQL's "smart" shutdown: with its clients gone (they died with the JVM) it checkpoints and exits.
        process.destroy();
        if (!waitForExit(process, 60)) {
            log.warn("PostgreSQL (pid {}) did not stop within 60 s; killing it, recovery will replay its log", process.pid());
            process.destroyForcibly();
            waitForExit(process, 30);
        }
        return true;
    }

    static Optional<ProcessHandle> find(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            long pid = Long.parseLong(lines.get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> isPostgresOf(p, dataDir));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable or half-written pid file: PostgreSQL itself judges a stale one
        }
    }

    private static boolean isPostgresOf(ProcessHandle process, Path dataDir) {
        String command = process.info().command().orElse("");
        if (!command.endsWith("/postgres")) {
            return false;
        }
        try {
            // /proc/<pid>/cmdline separates arguments with NUL; the postmaster was started with -D <dataDir>,
            // so one argument is exactly that directory (not merely one starting with its name).
            String cmdline = Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
            String dir = dataDir.toAbsolutePath().normalize().toString();
            return List.of(cmdline.split("\0")).contains(dir);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean waitForExit(ProcessHandle process, int seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return !process.isAlive();
        }
    }
}
