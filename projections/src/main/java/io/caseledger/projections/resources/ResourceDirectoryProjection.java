package io.caseledger.projections.resources;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.caseledger.domain.resource.CommunityResourceDeactivated;
import io.caseledger.domain.resource.CommunityResourceRegistered;
import io.caseledger.domain.resource.CommunityResourceUpdated;
import io.caseledger.domain.resource.ResourceDetails;
import io.caseledger.projections.storage.VersionGuard;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The community resource directory: one document per resource, keyed by its id, with its current
 * details and whether it is still active. Resources are organisations, not clients, so nothing here
 * is personal data. Writes after the first are guarded by the resource's own sequence number.
 */
@Component
@ProcessingGroup(ResourceDirectoryProjection.PROCESSING_GROUP)
public class ResourceDirectoryProjection {

    public static final String PROCESSING_GROUP = "resources";
    public static final String COLLECTION = "resources";
    public static final String NAME = "name";
    public static final String SERVICE_TYPE = "serviceType";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String ADDRESS = "address";
    public static final String LANGUAGES = "languages";
    public static final String ELIGIBILITY = "eligibility";
    public static final String ACTIVE = "active";
    public static final String VERSION = "version";

    private final MongoCollection<Document> resources;

    public ResourceDirectoryProjection(MongoDatabase database) {
        this.resources = database.getCollection(COLLECTION);
    }

    /** Written once; a re-delivered registration finds the document and changes nothing, not even a later update. */
    @EventHandler
    public void on(CommunityResourceRegistered e, @SequenceNumber long seq) {
        List<Bson> fields = details(e.details()).entrySet().stream().map(f -> Updates.setOnInsert(f.getKey(), f.getValue())).toList();
        resources.updateOne(Filters.eq("_id", e.resourceId()), Updates.combine(Updates.combine(fields),
                Updates.setOnInsert(ACTIVE, true), Updates.setOnInsert(VERSION, seq)), new UpdateOptions().upsert(true));
    }

    @EventHandler
    public void on(CommunityResourceUpdated e, @SequenceNumber long seq) {
        List<Bson> fields = details(e.details()).entrySet().stream().map(f -> Updates.set(f.getKey(), f.getValue())).toList();
        VersionGuard.apply(resources, e.resourceId(), VERSION, seq, Updates.combine(fields));
    }

    @EventHandler
    public void on(CommunityResourceDeactivated e, @SequenceNumber long seq) {
        VersionGuard.apply(resources, e.resourceId(), VERSION, seq, Updates.set(ACTIVE, false));
    }

    @ResetHandler
    public void reset() {
        resources.deleteMany(new Document());
    }

    /** Every detail field, absent ones as null, so an update that drops a phone number clears it. */
    private static Document details(ResourceDetails d) {
        return new Document(NAME, d.name()).append(SERVICE_TYPE, d.serviceType().name()).append(PHONE, d.phone())
                .append(EMAIL, d.email()).append(ADDRESS, d.address()).append(LANGUAGES, d.languages())
                .append(ELIGIBILITY, d.eligibility());
    }
}
