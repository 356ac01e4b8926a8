package io.caseledger.projections.access;

import io.caseledger.projections.Projection;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import io.caseledger.domain.access.CaseRecordAccessed;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;

/** One document per access event, keyed by the event id so re-delivery writes nothing new. */
@Component
@Projection
@ProcessingGroup("access-log")
public class AccessLogProjection {

    public static final String COLLECTION = "access_log";

    private final MongoCollection<Document> log;

    public AccessLogProjection(MongoDatabase database) {
        this.log = database.getCollection(COLLECTION);
        log.createIndex(Indexes.ascending("caseId", "at"));
        log.createIndex(Indexes.ascending("accessedBy", "at"));
    }

    @EventHandler
    void on(CaseRecordAccessed event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        Document entry = new Document("_id", eventId)
                .append("caseId", event.caseId())
                .append("accessedBy", event.accessedBy())
                .append("role", event.role())
                .append("view", event.view().name())
                .append("purpose", event.purpose())
                .append("at", Date.from(at));
        log.replaceOne(Filters.eq("_id", eventId), entry, new ReplaceOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        log.deleteMany(new Document());
    }
}
