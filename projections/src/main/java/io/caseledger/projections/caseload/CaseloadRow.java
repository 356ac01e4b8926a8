package io.caseledger.projections.caseload;

/**
 * Field names of the {@code caseload} collection, shared by the projection that writes it and the
 * query handlers that read it, so the two cannot disagree about the document's shape.
 */
public final class CaseloadRow {

    public static final String COLLECTION = "caseload";
    public static final String CASE_ID = "_id";
    public static final String CASE_MANAGER = "caseManagerId";
    /** The team whose intake queue received a referred case (see CaseScope). */
    public static final String INTAKE_TEAM = "intakeTeam";
    public static final String CLIENT_NAME = "clientName";
    public static final String STATUS = "status";
    public static final String ENROLLED_ON = "enrolledOn";
    public static final String LANGUAGE = "preferredLanguage";
    public static final String INTERPRETER = "interpreterNeeded";
    public static final String INSURANCE = "insuranceStatus";
    // The work side (CaseWorkProjection): facts and due dates that alerts are computed from.
    public static final String WORK_VERSION = "workVersion";
    public static final String CLOCK_START = "assessmentClockStart";
    public static final String ENROLLED_SINCE = "enrolledSince";
    public static final String LAST_CONTACT = "lastSuccessfulContactAt";
    public static final String APPOINTMENTS = "appointments";
    public static final String TASKS = "tasks";
    public static final String SCORES = "scores";
    public static final String SAFETY_OPEN = "safetyConcernOpen";
    /** The day (UTC) the open safety concern was flagged, as yyyy-mm-dd; removed when it is resolved. */
    public static final String SAFETY_SINCE = "safetyConcernSince";
    public static final String NOT_IMPROVING = "notImproving";
    /** The day (UTC) "not improving" was detected, as yyyy-mm-dd; removed when the client responds. */
    public static final String NOT_IMPROVING_SINCE = "notImprovingSince";
    public static final String NEEDS_DOMAINS = "needsDomainsCompleted";
    public static final String CONSENTS = "consents";
    public static final String REFERRALS = "referrals";

    /** Sequence number of the last event folded in; makes re-delivery a no-op. */
    public static final String VERSION = "version";

    private CaseloadRow() {
    }

    /**
     * Creates the row on the first event either projection sees for a case, with both version guards,
     * so neither projection's guarded update can miss a row the other created.
     */
    public static void ensure(com.mongodb.client.MongoCollection<org.bson.Document> rows, String caseId) {
        rows.updateOne(com.mongodb.client.model.Filters.eq(CASE_ID, caseId),
                com.mongodb.client.model.Updates.combine(
                        com.mongodb.client.model.Updates.setOnInsert(VERSION, -1L),
                        com.mongodb.client.model.Updates.setOnInsert(WORK_VERSION, -1L)),
                new com.mongodb.client.model.UpdateOptions().upsert(true));
    }
}
