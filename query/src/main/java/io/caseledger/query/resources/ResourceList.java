package io.caseledger.query.resources;

import java.util.List;

/** A page of the resource directory, and the cursor of the next page (null on the last). */
public record ResourceList(List<Resource> resources, String nextCursor) {

    /** The one order this list is paged in (by name); a cursor names it, and the web layer checks a cursor against it. */
    public static final String ORDER = "name";

    /** A directory entry as a care coordinator needs it before a referral. */
    public record Resource(String resourceId, String name, String serviceType, String phone, String email, String address,
                           List<String> languages, String eligibility, boolean active) {
    }
}
