package io.caseledger.projections.caseload;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import io.caseledger.projections.storage.BatchedCollection;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Objects;
import java.util.function.Consumer;

import static io.caseledger.projections.caseload.CaseloadRow.*;

/**
 * The one writer of the {@code caseload} rows and of the {@code caseloads} documents that index them
 * by owner, for both handlers of the caseload group. Every query of a caseload or team starts from a
 * case manager's {@code caseloads} document ({@code _id} lookup) and reads the rows by {@code _id}, so
 * no question scans the rows, on the embedded server or on MongoDB.
 */
@Component
public class CaseloadRows {

    private final BatchedCollection rows;
    private final MongoCollection<Document> owners;
    private final CaseloadUpdates updates;

    public CaseloadRows(MongoDatabase database, CaseloadUpdates updates) {
        this.rows = BatchedCollection.keyedByAggregate(database.getCollection(COLLECTION), VERSION);
        this.owners = database.getCollection(OWNERS);
        this.updates = updates;
    }

    /**
     * Applies a case event's change to its row and keeps the owner index in step. The index changes are
     * atomic set operations, written before the rows: if the rows' write is lost, the batch comes again,
     * the same changes are made again, and adding or removing an id twice changes nothing.
     */
    void apply(String caseId, long sequence, Consumer<Document> change) {
        String ownerBefore = CaseloadRow.openOwner(rows.read(caseId));
        if (!rows.apply(caseId, sequence, change)) {
            return;
        }
        String ownerAfter = CaseloadRow.openOwner(rows.read(caseId));
        if (!Objects.equals(ownerBefore, ownerAfter)) {
            if (ownerBefore != null) {
                rows.update(owners, ownerBefore, Updates.pull(OPEN_CASES, caseId));
                updates.changed(caseId, ownerBefore);
            }
            if (ownerAfter != null) {
                rows.update(owners, ownerAfter, Updates.addToSet(OPEN_CASES, caseId));
            }
        }
        if (ownerAfter != null) {
            updates.changed(caseId, ownerAfter);
        }
    }

    void reset() {
        rows.collection().deleteMany(new Document());
        owners.deleteMany(new Document());
    }
}
