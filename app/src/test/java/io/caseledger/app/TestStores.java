package io.caseledger.app;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Gives each test application its own data directory (the embedded PostgreSQL and read store live
 * there) and loopback ports of the system's choosing. It runs once per application Spring starts,
 * so classes sharing a cached application share its stores, and two applications never share a
 * directory (two PostgreSQL servers on one directory would each take the other for an orphan).
 * The directories live under {@code target/} so {@code mvn clean} removes them; the key is this
 * one class, so it adds nothing to the context cache's key that differs between test classes.
 */
public class TestStores implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Path ROOT = Path.of("target", "test-stores").toAbsolutePath();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
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
