package io.caseledger.app.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * How to reach MongoDB. With no {@code uri}, CaseLedger starts its own wire-protocol server on
 * {@code embedded.host:embedded.port} that keeps its data in {@code embedded.dataDir}.
 */
@ConfigurationProperties("caseledger.mongodb")
public record MongoSettings(String uri, String database, Embedded embedded) {

    public MongoSettings {
        database = database == null || database.isBlank() ? "caseledger" : database;
        embedded = embedded == null ? new Embedded(null, null, 0, 0) : embedded;
    }

    public boolean external() {
        return uri != null && !uri.isBlank();
    }

    /** autoCommitDelayMillis bounds how much acknowledged work a crash of the embedded store can lose. */
    public record Embedded(Path dataDir, String host, int port, int autoCommitDelayMillis) {
        public Embedded {
            dataDir = dataDir == null ? Path.of("data") : dataDir;
            host = host == null || host.isBlank() ? "127.0.0.1" : host;
            autoCommitDelayMillis = autoCommitDelayMillis <= 0 ? 100 : autoCommitDelayMillis;
        }
    }
}
