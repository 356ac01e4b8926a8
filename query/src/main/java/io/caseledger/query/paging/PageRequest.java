package io.caseledger.query.paging;

/** At most {@code limit} rows after the row {@code after} names (null: from the first), in the list's order. */
public record PageRequest(int limit, String after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    /** Everything, in one page: for the live caseload stream, which always sends the whole caseload. */
    public static final PageRequest ALL = new PageRequest(Integer.MAX_VALUE, null);

    public PageRequest {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
