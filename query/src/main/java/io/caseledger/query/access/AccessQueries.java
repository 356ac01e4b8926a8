package io.caseledger.query.access;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.caseledger.projections.access.AccessLogProjection;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

@Component
public class AccessQueries {

    private final MongoCollection<Document> log;

    public AccessQueries(MongoDatabase database) {
        this.log = database.getCollection(AccessLogProjection.COLLECTION);
    }

    @QueryHandler
    public AccessLog handle(FindAccesses query) {
        List<Bson> filters = new ArrayList<>();
        if (query.caseId() != null) {
            filters.add(Filters.eq("caseId", query.caseId()));
        }
        if (query.userId() != null) {
            filters.add(Filters.eq("accessedBy", query.userId()));
        }
        List<Access> accesses = log.find(filters.isEmpty() ? new Document() : Filters.and(filters))
                .sort(Sorts.descending("at"))
                .limit(query.limit())
                .map(d -> new Access(d.getString("_id"), d.getString("caseId"), d.getString("accessedBy"),
                        d.getString("role"), d.getString("view"), d.getString("purpose"), d.getDate("at").toInstant()))
                .into(new ArrayList<>());
        return new AccessLog(accesses);
    }
}
