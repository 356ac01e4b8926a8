package io.caseledger.projections.storage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.function.Predicate;

/**
 * Applies an event's change to one document at most once: the document carries the sequence number
 * of the last event applied to it, and an event at or below that is a re-delivery or replay overlap.
 * <p>
 * This is {@code updateOne({_id: id, version: {$lt: sequence}}, change)} done as a read by {@code _id}
 * and an update by {@code _id}. The single conditional update cannot use the {@code _id} index on the
 * embedded server (mongo-java-server uses an index only when the filter names exactly the index's
 * fields), so every event scanned the whole collection and a rebuild slowed with the square of the
 * caseload. The two steps are as safe here: a tracking processor applies a case's events on one thread
 * in order, and no other writer touches this version field, so nothing changes between read and write.
 */
public final class VersionGuard {

    private VersionGuard() {
    }

    /**
     * Applies {@code change} and records {@code sequence} unless the document is missing, has no version
     * (as {@code $lt} would not match either) or is already at {@code sequence} or later.
     */
    public static boolean apply(MongoCollection<Document> collection, Object id, String versionField, long sequence, Bson change) {
        Document current = collection.find(Filters.eq("_id", id)).projection(Projections.include(versionField)).first();
        return write(collection, id, versionField, sequence, current != null, current, change);
    }

    /** As {@link #apply(MongoCollection, Object, String, long, Bson)}, where the document must also satisfy {@code condition}. */
    public static boolean apply(MongoCollection<Document> collection, Object id, String versionField, long sequence,
                                Predicate<Document> condition, Bson change) {
        Document current = collection.find(Filters.eq("_id", id)).first();
        return write(collection, id, versionField, sequence, current != null && condition.test(current), current, change);
    }

    private static boolean write(MongoCollection<Document> collection, Object id, String versionField, long sequence,
                                 boolean eligible, Document current, Bson change) {
        if (!eligible || !(current.get(versionField) instanceof Number version) || version.longValue() >= sequence) {
            return false;
        }
        collection.updateOne(Filters.eq("_id", id), Updates.combine(change, Updates.set(versionField, sequence)));
        return true;
    }
}
