package io.caseledger.app.storage;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An in-process MongoDB wire-protocol server (mongo-java-server on an H2 MVStore file). The app
 * reaches it only through the official driver on a loopback port, exactly as it would reach a
 * real mongod, and other tools (mongosh, Compass) can connect to the same port while it runs.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final MVStore store;
    private final MongoServer server;
    private final String connectionString;

    public EmbeddedMongo(MongoSettings.Embedded settings) {
        Path file = settings.dataDir().resolve("caseledger.mv");
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + settings.dataDir(), e);
        }
        store = new MVStore.Builder().fileName(file.toString()).open();
        store.setAutoCommitDelay(settings.autoCommitDelayMillis());
        server = new MongoServer(new H2Backend(store).version(ServerVersion.MONGO_5_0));
        server.bind(settings.host(), settings.port());
        connectionString = "mongodb://" + settings.host() + ":" + server.getLocalAddress().getPort();
        log.info("Embedded MongoDB wire-protocol server on {} with data in {}", connectionString, file.toAbsolutePath());
    }

    public String connectionString() {
        return connectionString;
    }

    public int port() {
        return server.getLocalAddress().getPort();
    }

    /** Stops accepting connections, then writes everything to the file before closing it. */
    @Override
    public void close() {
        server.shutdownNow();
        if (!store.isClosed()) {
            store.commit();
            store.close();
        }
    }
}
