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
import java.time.Instant;
import java.util.Optional;

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
    private Reset reset;

    public EmbeddedMongo(MongoSettings.Embedded settings) {
        Path file = settings.dataDir().resolve("caseledger.mv");
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + settings.dataDir(), e);
        }
        store = openOrStartOver(file);
        store.setAutoCommitDelay(settings.autoCommitDelayMillis());
        server = new MongoServer(new H2Backend(store).version(ServerVersion.MONGO_5_0));
        server.bind(settings.host(), settings.port());
        connectionString = "mongodb://" + settings.host() + ":" + server.getLocalAddress().getPort();
        log.info("Embedded MongoDB wire-protocol server on {} with data in {}", connectionString, file.toAbsolutePath());
    }

    /**
     * The read store holds only what can be derived from the event store (views and the projections'
     * tokens; keys and policies' tokens live with the record). H2's file can be left unreadable by a
     * crash; then the file is kept aside for inspection and an empty store is started: the projections,
     * finding no tokens, rebuild themselves from the first event.
     */
    private MVStore openOrStartOver(Path file) {
        try {
            return new MVStore.Builder().fileName(file.toString()).open();
        } catch (RuntimeException unreadable) {
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + Instant.now().toEpochMilli());
            try {
                Files.move(file, aside);
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded read store is unreadable and cannot be moved aside", e);
            }
            reset = new Reset(Instant.now(), aside.getFileName().toString(), unreadable.getClass().getSimpleName());
            log.warn("The embedded read store was unreadable ({}); kept it as {} and started an empty one: "
                    + "every projection now rebuilds from the event store", reset.cause(), aside.getFileName());
            return new MVStore.Builder().fileName(file.toString()).open();
        }
    }

    /** When this start found the read store unreadable and started over. */
    public record Reset(Instant at, String unreadableFileKeptAs, String cause) {
    }

    public Optional<Reset> reset() {
        return Optional.ofNullable(reset);
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
