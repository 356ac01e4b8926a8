package io.caseledger.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** What the benchmark reads from the application's stores, and the raw-insert baseline on the same PostgreSQL. */
final class Store {

    static final String CASELOAD = "caseload";
    private static final String SCRATCH = "bench_raw_inserts";

    private final MongoDatabase readModels;
    private final DataSource events;

    Store(MongoDatabase readModels, DataSource events) {
        this.readModels = readModels;
        this.events = events;
    }

    /** Catch-up of the caseload projection after a burst of enrolments. */
    record CatchUp(long backlog, long lagNanos) {
    }

    /**
     * Polls the caseload row count until it reaches {@code expectedRows}. The count command is
     * answered from the collection's size, so polling it barely competes with the projection.
     */
    CatchUp awaitCaseload(long expectedRows) throws InterruptedException {
        MongoCollection<Document> rows = readModels.getCollection(CASELOAD);
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

    /** Average stored size of an event row's payload and metadata text, in bytes. */
    double averageEventBytes() throws SQLException {
        try (Connection c = events.getConnection(); var s = c.createStatement();
             var r = s.executeQuery("SELECT coalesce(avg(octet_length(payload) + octet_length(meta_data)), 0) FROM domain_event_entry")) {
            r.next();
            return r.getDouble(1);
        }
    }

    /**
     * The baseline: committed single-row inserts of a real stored event row (same columns, same
     * payload and metadata) into a scratch table shaped like the event table, with its indexes, in
     * the same database, each in its own transaction. The warm-up fills the pool and lets the JIT
     * compile the path before anything is timed.
     */
    Load.Modes rawInserts(int warmup, int n, int threads) throws Exception {
        try (Connection c = events.getConnection(); var s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + SCRATCH);
            s.execute("CREATE TABLE " + SCRATCH + " (LIKE domain_event_entry INCLUDING DEFAULTS INCLUDING INDEXES)");
            c.commit();
        }
        String[] row = template();
        try {
            Load.run(warmup, threads, i -> insert(row));
            Load.Result sequential = Load.run(n, 1, i -> insert(row));
            Load.Result concurrent = Load.run(n, threads, i -> insert(row));
            return new Load.Modes(sequential, concurrent);
        } finally {
            try (Connection c = events.getConnection(); var s = c.createStatement()) {
                s.execute("DROP TABLE " + SCRATCH);
                c.commit();
            }
        }
    }

    private String[] template() throws SQLException {
        try (Connection c = events.getConnection(); var s = c.createStatement();
             var r = s.executeQuery("SELECT type, time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry LIMIT 1")) {
            if (!r.next()) {
                throw new IllegalStateException("no stored events to copy");
            }
            return new String[]{r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6)};
        }
    }

    private void insert(String[] row) {
        try (Connection c = events.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO " + SCRATCH + " (event_identifier, aggregate_identifier, "
                     + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data) VALUES (?,?,?,?,?,?,?,?,?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, UUID.randomUUID().toString());
            insert.setLong(3, 0);
            for (int i = 0; i < row.length; i++) {
                insert.setString(4 + i, row[i]);
            }
            insert.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("raw insert failed", e);
        }
    }
}
