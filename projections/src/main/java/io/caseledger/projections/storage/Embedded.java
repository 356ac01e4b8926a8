package io.caseledger.projections.storage;

import org.bson.Document;

/** Maps of entries embedded in a document, keyed by an id (a case's appointments, a case's contacts). */
public final class Embedded {

    private Embedded() {
    }

    /** The map key for an id: keys cannot contain dots, ids may. */
    public static String key(String id) {
        return id.replace('.', '_');
    }

    /** The nested document {@code field} of {@code parent}, created if absent. */
    public static Document document(Document parent, String field) {
        if (parent.get(field) instanceof Document nested) {
            return nested;
        }
        Document created = new Document();
        parent.put(field, created);
        return created;
    }
}
