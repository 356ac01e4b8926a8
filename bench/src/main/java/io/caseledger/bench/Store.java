package io.caseledger.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.RawBsonDocument;

import java.util.concurrent.TimeUnit;

/** What the benchmark reads from, and writes straight to, the application's MongoDB. */
final class Store {

    /** Axon's Mongo extension default collection names; caseload is the projection's own. */
    static final String EVENTS = "domainevents";
    static final String CASELOAD = "caseload";
    private static final String SCRATCH = "bench_raw_inserts";

    private final MongoDatabase database;

    Store(MongoDatabase database) {
        this.database = database;
    }

    /** Catch-up of the caseload projection after a burst of enrolments. */
    record CatchUp(long backlog, long lagNanos) {
    }

    /**
     * Polls the caseload row count until it reaches {@code expectedRows}. The count command is
     * answered from the collection's size, so polling it barely competes with the projection.
     */
    CatchUp awaitCaseload(long expectedRows) throws InterruptedException {
        MongoCollection<Document> rows = database.getCollection(CASELOAD);
        long start = System.nanoTime();
        long backlog = expectedRows - rows.estimatedDocumentCount();
        while (rows.estimatedDocumentCount() < expectedRows) {
            if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(30)) {
                throw new IllegalStateException("caseload did not catch up within 30 minutes");
            }
            Thread.sleep(5);
        }
        return new CatchUp(backlog, System.nanoTime() - start);
    }

    /** Exact serialised size of the stored event documents, read back as raw BSON. */
    double averageEventBytes() {
        long bytes = 0;
        long count = 0;
        for (RawBsonDocument stored : database.getCollection(EVENTS, RawBsonDocument.class).find()) {
            bytes += stored.getByteBuffer().remaining();
            count++;
        }
        return count == 0 ? 0 : (double) bytes / count;
    }

    /** One real stored event (one commit: one EnrollClient's events) without its id, as a template. */
    Document eventTemplate() {
        Document template = database.getCollection(EVENTS).find().first();
        if (template == null) {
            throw new IllegalStateException("no stored events to copy");
        }
        template.remove("_id");
        return template;
    }

    /**
     * The baseline: acknowledged single-document inserts through the plain driver, on a client of
     * its own to the same server, into a new scratch collection with only the _id index. The warm-up
     * opens the connections and lets the JIT compile the path before anything is timed.
     */
    static Load.Modes rawInserts(String connectionString, String databaseName, Document template,
                                 int warmup, int n, int threads) throws InterruptedException {
        try (MongoClient client = MongoClients.create(connectionString)) {
            MongoCollection<Document> scratch = client.getDatabase(databaseName).getCollection(SCRATCH);
            // Each insert gets its own shallow copy: the driver adds the generated _id to the document it is given.
            Load.run(warmup, threads, i -> scratch.insertOne(new Document(template)));
            Load.Result sequential = Load.run(n, 1, i -> scratch.insertOne(new Document(template)));
            Load.Result concurrent = Load.run(n, threads, i -> scratch.insertOne(new Document(template)));
            scratch.drop();
            return new Load.Modes(sequential, concurrent);
        }
    }
}
