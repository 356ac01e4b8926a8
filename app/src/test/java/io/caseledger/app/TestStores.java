package io.caseledger.app;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Gives each test application its own data directory (the embedded PostgreSQL and read store live
 * there) and loopback ports of the system's choosing. It runs once per application Spring starts,
 * so classes sharing a cached application share its stores, and two applications never share a
 * directory (two PostgreSQL servers on one directory would each take the other for an orphan).
 * The directories live under {@code target/}; the first application of a test run removes those an
 * earlier run left (an application's PostgreSQL is still stopping while the JVM exits, so a run
 * cannot remove its own). The key is this one class, so it adds nothing to the context cache's key
 * that differs between test classes.
 */
public class TestStores implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Path ROOT = Path.of("target", "test-stores").toAbsolutePath();
    private static final AtomicBoolean EARLIER_RUNS_REMOVED = new AtomicBoolean();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            if (EARLIER_RUNS_REMOVED.compareAndSet(false, true)) {
                FileSystemUtils.deleteRecursively(ROOT);
            }
            Files.createDirectories(ROOT);
            Path dataDir = Files.createTempDirectory(ROOT, "app-");
            TestPropertyValues.of(
                    "caseledger.mongodb.embedded.data-dir=" + dataDir,
                    "caseledger.mongodb.embedded.port=0").applyTo(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
