package io.caseledger.projections.storage;

import org.bson.Document;

import java.util.function.Supplier;

/**
 * A top-level field value computed when the batch is written, not when an event sets it: a value that
 * each event of a case replaces (a whole folded summary) is then converted once per batch, not once
 * per event.
 */
public final class Deferred {

    private final Supplier<Object> value;

    private Deferred(Supplier<Object> value) {
        this.value = value;
    }

    public static Deferred of(Supplier<Object> value) {
        return new Deferred(value);
    }

    /** Replaces every deferred top-level value of the document with what it stands for. */
    static Document resolved(Document document) {
        document.replaceAll((field, v) -> v instanceof Deferred deferred ? deferred.value.get() : v);
        return document;
    }
}
