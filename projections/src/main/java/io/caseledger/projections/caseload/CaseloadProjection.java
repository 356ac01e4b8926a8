package io.caseledger.projections.caseload;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import io.caseledger.domain.enrolment.ClientEnrolled;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;

import static io.caseledger.projections.caseload.CaseloadRow.*;

/** Builds the caseload view from case events. */
@Component
@ProcessingGroup(CaseloadProjection.PROCESSING_GROUP)
public class CaseloadProjection {

    public static final String PROCESSING_GROUP = "caseload";

    private final MongoCollection<Document> rows;

    public CaseloadProjection(MongoDatabase database) {
        this.rows = database.getCollection(COLLECTION);
        rows.createIndex(Indexes.ascending(CASE_MANAGER, CLIENT_NAME));
    }

    /** Enrolment opens the row; replacing by case id makes a re-delivered event harmless. */
    @EventHandler
    void on(ClientEnrolled event, @SequenceNumber long sequence) {
        Document row = new Document(CASE_ID, event.caseId())
                .append(CASE_MANAGER, event.caseManagerId())
                .append(CLIENT_NAME, event.client().displayName())
                .append(STATUS, "ENROLLED")
                .append(ENROLLED_ON, event.enrolledOn().toString())
                .append(LANGUAGE, event.preferredLanguage())
                .append(INTERPRETER, event.interpreterNeeded())
                .append(INSURANCE, event.insuranceStatus().name())
                .append(VERSION, sequence);
        rows.replaceOne(Filters.eq(CASE_ID, event.caseId()), row, new ReplaceOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        rows.deleteMany(new Document());
    }
}
