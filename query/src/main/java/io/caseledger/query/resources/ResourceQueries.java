package io.caseledger.query.resources;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.caseledger.query.paging.Page;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.caseledger.projections.resources.ResourceDirectoryProjection.*;

/**
 * Answers the directory from the {@code resources} collection. A list reads every active resource that
 * matches the filters and pages in memory: a directory holds hundreds of entries, not millions, and the
 * embedded MongoDB uses no index for such a filter anyway (only a unique key queried by exact value).
 */
@Component
public class ResourceQueries {


    private static final Comparator<ResourceList.Resource> BY_NAME = Comparator
            .comparing((ResourceList.Resource r) -> r.name().toLowerCase(Locale.ROOT)).thenComparing(ResourceList.Resource::resourceId);

    private final MongoCollection<Document> resources;

    public ResourceQueries(MongoDatabase database) {
        this.resources = database.getCollection(COLLECTION);
    }

    @QueryHandler
    public ResourceList handle(FindResources query) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq(ACTIVE, true)));
        if (query.serviceType() != null) {
            filters.add(Filters.eq(SERVICE_TYPE, query.serviceType().name()));
        }
        if (query.language() != null) {
            filters.add(Filters.eq(LANGUAGES, query.language()));
        }
        String text = query.text() == null ? null : query.text().toLowerCase(Locale.ROOT);
        List<ResourceList.Resource> matching = resources.find(Filters.and(filters)).map(ResourceQueries::resource)
                .into(new ArrayList<>()).stream()
                .filter(r -> text == null || r.name().toLowerCase(Locale.ROOT).contains(text)).toList();
        Page<ResourceList.Resource> page = Page.of(matching, BY_NAME, ResourceList.Resource::resourceId, ResourceList.ORDER, query.page(),
                this::find);
        return new ResourceList(page.items(), page.nextCursor());
    }

    @QueryHandler
    public Optional<ResourceList.Resource> handle(FindResource query) {
        return find(query.resourceId());
    }

    private Optional<ResourceList.Resource> find(String resourceId) {
        return Optional.ofNullable(resources.find(Filters.eq("_id", resourceId)).first()).map(ResourceQueries::resource);
    }

    private static ResourceList.Resource resource(Document doc) {
        return new ResourceList.Resource(doc.getString("_id"), doc.getString(NAME), doc.getString(SERVICE_TYPE), doc.getString(PHONE),
                doc.getString(EMAIL), doc.getString(ADDRESS), doc.getList(LANGUAGES, String.class, List.of()),
                doc.getString(ELIGIBILITY), doc.getBoolean(ACTIVE, false));
    }
}
