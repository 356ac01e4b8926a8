package io.caseledger.query.caseload;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.caseledger.domain.shared.CaseStatus;
import org.bson.Document;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.caseledger.projections.caseload.CaseloadRow.*;

/** The caseload rows of some case managers' open cases, by case id: the scope of every caseload and team list. */
public final class OpenCases {

    private OpenCases() {
    }

    public static Map<String, Document> of(MongoCollection<Document> rows, Collection<String> caseManagerIds) {
        Map<String, Document> open = new LinkedHashMap<>();
        rows.find(Filters.and(Filters.in(CASE_MANAGER, caseManagerIds), Filters.ne(STATUS, CaseStatus.CLOSED.name())))
                .forEach(row -> open.put(row.getString(CASE_ID), row));
        return open;
    }

    /** PHQ-9 totals in the order they were taken; the first is the baseline. */
    public static List<Integer> phq9(Document row) {
        Document phq9 = row.getEmbedded(List.of(SCORES, "PHQ9"), Document.class);
        return phq9 == null ? List.of() : phq9.getList("series", Integer.class, List.of());
    }
}
