package io.caseledger.query.caseload;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.caseledger.domain.shared.CaseStatus;
import io.caseledger.projections.caseload.CaseloadRow;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.caseledger.projections.caseload.CaseloadRow.*;

/** Answers caseload questions from the {@code caseload} collection. */
@Component
public class CaseloadQueries {

    private final MongoCollection<Document> rows;

    public CaseloadQueries(MongoDatabase database) {
        this.rows = database.getCollection(CaseloadRow.COLLECTION);
    }

    @QueryHandler
    public Caseload handle(FindCaseload query) {
        List<CaseloadEntry> cases = rows.find(Filters.and(Filters.eq(CASE_MANAGER, query.caseManagerId()),
                        Filters.ne(STATUS, CaseStatus.CLOSED.name())))
                .sort(Sorts.ascending(CLIENT_NAME))
                .map(CaseloadQueries::toEntry)
                .into(new ArrayList<>());
        return new Caseload(query.caseManagerId(), cases.size(), cases, false);
    }

    @QueryHandler
    public Optional<CaseloadEntry> handle(FindCase query) {
        return Optional.ofNullable(rows.find(Filters.eq(CASE_ID, query.caseId())).first())
                .map(CaseloadQueries::toEntry);
    }

    private static CaseloadEntry toEntry(Document row) {
        return new CaseloadEntry(
                row.getString(CASE_ID),
                row.getString(CASE_MANAGER),
                row.getString(CLIENT_NAME),
                row.getString(STATUS),
                row.getString(ENROLLED_ON) == null ? null : LocalDate.parse(row.getString(ENROLLED_ON)),
                row.getString(LANGUAGE),
                row.getBoolean(INTERPRETER, false),
                row.getString(INSURANCE));
    }
}
