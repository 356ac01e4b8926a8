package io.caseledger.projections.casesummary;

/** Field names of the {@code case_summaries} collection, shared by the projection and its queries. */
public final class CaseSummaryDocument {

    public static final String COLLECTION = "case_summaries";
    public static final String CASE_ID = "_id";
    public static final String CASE_MANAGER = "caseManagerId";
    /** Who may see the case while it has no case manager (see CaseScope). */
    public static final String INTAKE_TEAM = "intakeTeam";
    /** Sequence number of the last event folded in: equal to the store's head when the document is current. */
    public static final String VERSION = "version";
    public static final String SUMMARY = "summary";

    private CaseSummaryDocument() {
    }
}
