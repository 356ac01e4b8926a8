package io.caseledger.projections;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB wire-protocol server in memory for one test, reached through the official driver exactly
 * as the app reaches its store. JUnit makes a test instance per test method, so a field of this type
 * gives every test an empty server; close it in {@code @AfterEach}.
 */
public final class InMemoryMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

    public MongoDatabase database() {
        return client.getDatabase("test");
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
