package io.caseledger.domain.shared;

/**
 * The aggregate type stored with every event of a stream. It is part of the record (every stored
 * event carries it, and readers tell a case's stream from a community resource's by it), so it is
 * declared here and on the aggregates, never derived from a class name that a refactoring could change.
 */
public final class StreamType {

    /** A client's case: {@code command.casefile.Case}. */
    public static final String CASE = "Case";
    /** An entry of the community resource directory: {@code command.resource.CommunityResource}. */
    public static final String COMMUNITY_RESOURCE = "CommunityResource";

    private StreamType() {
    }
}
