package io.caseledger.projections.storage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One unit of work's changes to one collection: documents are read once (or prefetched for the whole
 * batch in one query), changed in memory, and written back in one bulk write when the batch ends.
 * <p>
 * The version guard compares an event's sequence number with the version the document had when the
 * batch read it, not with what earlier events of the same batch made of it: within one batch every
 * event arrives once, and a batch that is delivered again after a failure starts again from what was
 * stored, so an event already written is skipped and one that was not is applied.
 */
final class DocumentBatch {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> collection;
    private final String versionField;
    /** Working copies by id; a null value is a document known to be absent. */
    private final Map<Object, Document> documents = new HashMap<>();
    private final Map<Object, Long> storedVersions = new HashMap<>();
    private final Set<Object> changed = new LinkedHashSet<>();
    private final Set<Object> deleted = new LinkedHashSet<>();
    /** Atomic updates to documents that several segments share (by collection), written before the documents above. */
    private final Map<MongoCollection<Document>, List<WriteModel<Document>>> sharedUpdates = new LinkedHashMap<>();

    DocumentBatch(MongoCollection<Document> collection, String versionField) {
        this.collection = collection;
        this.versionField = versionField;
    }

    /** Reads the documents of these ids that this batch has not read yet, in one query. */
    void prefetch(Collection<?> ids) {
        List<Object> missing = ids.stream().filter(id -> !documents.containsKey(id)).distinct().map(Object.class::cast).toList();
        if (missing.isEmpty()) {
            return;
        }
        missing.forEach(id -> documents.put(id, null));
        ByIds.find(collection, missing, this::loaded);
    }

    Document get(Object id) {
        if (!documents.containsKey(id)) {
            loaded(id, collection.find(Filters.eq("_id", id)).first());
        }
        return documents.get(id);
    }

    private void loaded(Document document) {
        loaded(document.get("_id"), document);
    }

    private void loaded(Object id, Document document) {
        documents.put(id, document);
        if (document != null && document.get(versionField) instanceof Number version) {
            storedVersions.put(id, version.longValue());
        }
    }

    /** Whether an event at {@code sequence} is new to the stored document (a missing document has seen none). */
    boolean isNew(Object id, long sequence) {
        get(id);
        Long stored = storedVersions.get(id);
        return stored == null || stored < sequence;
    }

    /** The working copy, created with {@code _id} if absent. */
    Document edit(Object id) {
        Document document = get(id);
        if (document == null) {
            document = new Document("_id", id);
            documents.put(id, document);
        }
        deleted.remove(id);
        changed.add(id);
        return document;
    }

    /** Records that the document has seen events up to {@code sequence}. */
    void seen(Object id, long sequence) {
        Document document = edit(id);
        if (!(document.get(versionField) instanceof Number v) || v.longValue() < sequence) {
            document.put(versionField, sequence);
        }
    }

    void delete(Object id) {
        documents.put(id, null);
        changed.remove(id);
        deleted.add(id);
    }

    /**
     * An atomic update of a document that other segments change at the same time, so it is never read
     * into a batch; written, in order, before this batch's own documents.
     */
    void update(MongoCollection<Document> shared, Object id, Bson change) {
        sharedUpdates.computeIfAbsent(shared, c -> new ArrayList<>())
                .add(new UpdateOneModel<>(Filters.eq("_id", id), change, new UpdateOptions().upsert(true)));
    }

    /** The documents read or changed so far, by id (absent ones left out). */
    Map<Object, Document> present() {
        Map<Object, Document> present = new LinkedHashMap<>();
        documents.forEach((id, d) -> {
            if (d != null) {
                present.put(id, d);
            }
        });
        return present;
    }

    void flush() {
        List<WriteModel<Document>> writes = new ArrayList<>();
        changed.forEach(id -> writes.add(new ReplaceOneModel<>(Filters.eq("_id", id), Deferred.resolved(documents.get(id)), UPSERT)));
        deleted.forEach(id -> writes.add(new DeleteOneModel<>(Filters.eq("_id", id))));
        sharedUpdates.forEach((shared, updates) -> shared.bulkWrite(updates, new BulkWriteOptions().ordered(true)));
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
        changed.forEach(id -> loaded(id, documents.get(id)));
        sharedUpdates.clear();
        changed.clear();
        deleted.clear();
    }
}
