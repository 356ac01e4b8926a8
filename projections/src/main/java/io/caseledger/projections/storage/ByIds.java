package io.caseledger.projections.storage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads documents by {@code _id}, a few dozen ids a query. MongoDB answers an {@code $in} on
 * {@code _id} from the index whatever its length; the embedded server finds the documents by index too
 * but then tests each one against the whole id list, so one query of n ids costs n² comparisons (a
 * 700-case team view: 60 % of its time). Chunks keep that linear at a round trip per chunk.
 */
public final class ByIds {

    static final int CHUNK = 50;

    private ByIds() {
    }

    public static void find(MongoCollection<Document> collection, Collection<?> ids, Consumer<Document> each) {
        List<?> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            collection.find(Filters.in("_id", all.subList(from, Math.min(all.size(), from + CHUNK)))).forEach(each);
        }
    }
}
