package io.caseledger.domain.catalogue;

import io.caseledger.domain.enrolment.ClientEnrolled;

import java.util.List;

/**
 * Every event type CaseLedger records, with what it means. A test checks that each event class
 * in the domain is listed here, so the catalogue in README and the reporting feed cannot drift.
 */
public final class EventCatalogue {

    public record Entry(Class<? extends Record> type, String meaning) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(ClientEnrolled.class, "A client was enrolled and the case opened under a case manager."));

    private EventCatalogue() {
    }

    public static List<Entry> entries() {
        return ENTRIES;
    }
}
