package io.caseledger.query.casesummary;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.caseledger.projections.casesummary.CaseSummaryDocument;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Answers from the {@code case_summaries} collection. */
@Component
public class CaseSummaryQueries {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final MongoCollection<Document> documents;

    public CaseSummaryQueries(MongoDatabase database) {
        this.documents = database.getCollection(CaseSummaryDocument.COLLECTION);
    }

    @QueryHandler
    public Optional<StoredCaseSummary> handle(FindCaseSummary query) {
        return Optional.ofNullable(documents.find(Filters.eq(CaseSummaryDocument.CASE_ID, query.caseId())).first())
                .map(d -> new StoredCaseSummary(d.getString(CaseSummaryDocument.CASE_ID), d.getString(CaseSummaryDocument.CASE_MANAGER),
                        d.getString(CaseSummaryDocument.INTAKE_TEAM),
                        d.getLong(CaseSummaryDocument.VERSION), d.get(CaseSummaryDocument.SUMMARY, Document.class).toJson(RELAXED)));
    }
}
