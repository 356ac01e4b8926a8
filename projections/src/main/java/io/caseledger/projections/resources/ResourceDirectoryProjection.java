package io.caseledger.projections.resources;

import io.caseledger.projections.Projection;
import com.mongodb.client.MongoDatabase;
import io.caseledger.domain.resource.CommunityResourceDeactivated;
import io.caseledger.domain.resource.CommunityResourceRegistered;
import io.caseledger.domain.resource.CommunityResourceUpdated;
import io.caseledger.domain.resource.ResourceDetails;
import io.caseledger.projections.storage.BatchedCollection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;


/**
 * The community resource directory: one document per resource, keyed by its id, with its current
 * details and whether it is still active. Resources are organisations, not clients, so nothing here
 * is personal data. Every write is guarded by the resource's own sequence number.
 */
@Component
@Projection
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

    private final BatchedCollection resources;

    public ResourceDirectoryProjection(MongoDatabase database) {
        this.resources = BatchedCollection.keyedByAggregate(database.getCollection(COLLECTION), VERSION);
    }

    @EventHandler
    public void on(CommunityResourceRegistered e, @SequenceNumber long seq) {
        resources.apply(e.resourceId(), seq, doc -> doc.append(ACTIVE, true).putAll(details(e.details())));
    }

    @EventHandler
    public void on(CommunityResourceUpdated e, @SequenceNumber long seq) {
        resources.applyIfPresent(e.resourceId(), seq, doc -> doc.putAll(details(e.details())));
    }

    @EventHandler
    public void on(CommunityResourceDeactivated e, @SequenceNumber long seq) {
        resources.applyIfPresent(e.resourceId(), seq, doc -> doc.put(ACTIVE, false));
    }

    @ResetHandler
    public void reset() {
        resources.collection().deleteMany(new Document());
    }

    /** Every detail field, absent ones as null, so an update that drops a phone number clears it. */
    private static Document details(ResourceDetails d) {
        return new Document(NAME, d.name()).append(SERVICE_TYPE, d.serviceType().name()).append(PHONE, d.phone())
                .append(EMAIL, d.email()).append(ADDRESS, d.address()).append(LANGUAGES, d.languages())
                .append(ELIGIBILITY, d.eligibility());
    }
}
