package io.caseledger.projections.caseload;

/**
 * Field names of the {@code caseload} collection, shared by the projection that writes it and the
 * query handlers that read it, so the two cannot disagree about the document's shape.
 */
public final class CaseloadRow {

    public static final String COLLECTION = "caseload";
    public static final String CASE_ID = "_id";
    public static final String CASE_MANAGER = "caseManagerId";
    public static final String CLIENT_NAME = "clientName";
    public static final String STATUS = "status";
    public static final String ENROLLED_ON = "enrolledOn";
    public static final String LANGUAGE = "preferredLanguage";
    public static final String INTERPRETER = "interpreterNeeded";
    public static final String INSURANCE = "insuranceStatus";
    /** Sequence number of the last event folded in; makes re-delivery a no-op. */
    public static final String VERSION = "version";

    private CaseloadRow() {
    }
}
