package io.caseledger.domain.shared;

/**
 * Keys of the metadata every command and event carries. Axon fills correlation and causation;
 * the HTTP boundary fills user and role; commands that carry a reason copy it here too, so an
 * auditor finds "who, when, why" in the same place on every event.
 */
public final class MetadataKeys {

    public static final String USER = "userId";
    public static final String ROLE = "userRole";
    /** The actor's team, and the teams a case manager covers (comma-separated): what scopes their caseload. */
    public static final String TEAM = "userTeam";
    public static final String COVERS = "userCovers";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    public static final String REASON = "reason";

    private MetadataKeys() {
    }
}
