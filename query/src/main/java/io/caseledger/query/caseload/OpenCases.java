package io.caseledger.query.caseload;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.caseledger.domain.shared.CaseStatus;
import io.caseledger.projections.storage.ByIds;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.caseledger.projections.caseload.CaseloadRow.*;

/**
 * The caseload rows of some case managers' open cases, by case id: the scope of every caseload and team list.
 * Read by key only: the case managers' {@code caseloads} documents, then their rows by {@code _id}.
 */
public final class OpenCases {

    private final MongoCollection<Document> owners;
    private final MongoCollection<Document> rows;

    public OpenCases(MongoDatabase database) {
        this.owners = database.getCollection(OWNERS);
        this.rows = database.getCollection(COLLECTION);
    }

    public Map<String, Document> of(Collection<String> caseManagerIds) {
        List<String> caseIds = new ArrayList<>();
        ByIds.find(owners, caseManagerIds, owner -> caseIds.addAll(owner.getList(OPEN_CASES, String.class, List.of())));
        Map<String, Document> open = new LinkedHashMap<>();
        if (caseIds.isEmpty()) {
            return open;
        }
        ByIds.find(rows, caseIds, row -> {
            // The index and the rows are written apart (index first): a row is listed only where it says it belongs.
            if (caseManagerIds.contains(row.getString(CASE_MANAGER)) && !CaseStatus.CLOSED.name().equals(row.getString(STATUS))) {
                open.put(row.getString(CASE_ID), row);
            }
        });
        return open;
    }

    /** One row by id, if it is an open case of this case manager. */
    public Optional<Document> row(String caseId, String caseManagerId) {
        return Optional.ofNullable(rows.find(Filters.eq(CASE_ID, caseId)).first())
                .filter(row -> caseManagerId.equals(row.getString(CASE_MANAGER)));
    }

    /** The documents of these ids, read by key in chunks (see {@link ByIds}). */
    public static List<Document> byIds(MongoCollection<Document> collection, Collection<String> ids) {
        List<Document> found = new ArrayList<>();
        ByIds.find(collection, ids, found::add);
        return found;
    }

    /** The ids of every appointment the case has had. */
    public static List<String> appointmentIds(Document row) {
        return nested(row, APPOINTMENTS).values().stream().map(a -> ((Document) a).getString(Appointment.ID)).filter(java.util.Objects::nonNull).toList();
    }

    /** The ids of every referral the case has made. */
    public static List<String> referralIds(Document row) {
        return nested(row, REFERRALS).values().stream().map(r -> ((Document) r).getString(Referral.ID)).filter(java.util.Objects::nonNull).toList();
    }

    private static Document nested(Document row, String field) {
        return row.get(field) instanceof Document d ? d : new Document();
    }

    /** PHQ-9 totals in the order they were taken; the first is the baseline. */
    public static List<Integer> phq9(Document row) {
        Document phq9 = row.getEmbedded(List.of(SCORES, "PHQ9"), Document.class);
        return phq9 == null ? List.of() : phq9.getList(Score.SERIES, Integer.class, List.of());
    }
}
