package io.caseledger.projections.resources;

import com.mongodb.client.MongoCollection;
import io.caseledger.domain.referral.ReferralType;
import io.caseledger.domain.resource.CommunityResourceDeactivated;
import io.caseledger.domain.resource.CommunityResourceRegistered;
import io.caseledger.domain.resource.CommunityResourceUpdated;
import io.caseledger.domain.resource.ResourceDetails;
import io.caseledger.projections.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.caseledger.projections.resources.ResourceDirectoryProjection.*;
import static org.assertj.core.api.Assertions.assertThat;

/** A directory entry as registered, updated and deactivated, with re-delivered events changing nothing. */
class ResourceDirectoryProjectionTest {

    private static final ResourceDetails PANTRY = new ResourceDetails("Eastside Food Pantry", ReferralType.COMMUNITY_SERVICE,
            "555-0100", null, "1 Elm St", List.of("en", "es"), "Eastside residents");
    private static final ResourceDetails MOVED = new ResourceDetails("Eastside Food Pantry", ReferralType.COMMUNITY_SERVICE,
            null, "pantry@example.org", "9 Oak St", List.of("en"), null);

    private final InMemoryMongo mongo = new InMemoryMongo();
    private ResourceDirectoryProjection projection;
    private MongoCollection<Document> resources;

    @BeforeEach
    void start() {
        projection = new ResourceDirectoryProjection(mongo.database());
        resources = mongo.database().getCollection(COLLECTION);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private Document doc() {
        return resources.find(new Document("_id", "res-1")).first();
    }

    @Test
    void an_update_replaces_every_detail_and_a_deactivation_keeps_the_entry() {
        projection.on(new CommunityResourceRegistered("res-1", PANTRY), 0);
        assertThat(doc()).containsEntry(NAME, "Eastside Food Pantry").containsEntry(SERVICE_TYPE, "COMMUNITY_SERVICE")
                .containsEntry(LANGUAGES, List.of("en", "es")).containsEntry(ACTIVE, true).containsEntry(VERSION, 0L);

        projection.on(new CommunityResourceUpdated("res-1", MOVED), 1);
        assertThat(doc()).containsEntry(PHONE, null).containsEntry(EMAIL, "pantry@example.org").containsEntry(ADDRESS, "9 Oak St")
                .containsEntry(LANGUAGES, List.of("en")).containsEntry(ELIGIBILITY, null).containsEntry(VERSION, 1L);

        projection.on(new CommunityResourceDeactivated("res-1", "Closed"), 2);
        assertThat(doc()).containsEntry(ACTIVE, false).containsEntry(NAME, "Eastside Food Pantry");
    }

    @Test
    void re_delivered_events_change_nothing() {
        projection.on(new CommunityResourceRegistered("res-1", PANTRY), 0);
        projection.on(new CommunityResourceUpdated("res-1", MOVED), 1);
        projection.on(new CommunityResourceDeactivated("res-1", "Closed"), 2);
        Document settled = doc();

        projection.on(new CommunityResourceRegistered("res-1", PANTRY), 0);
        projection.on(new CommunityResourceUpdated("res-1", PANTRY), 1);
        assertThat(doc()).isEqualTo(settled);
    }

    @Test
    void a_reset_empties_the_directory() {
        projection.on(new CommunityResourceRegistered("res-1", PANTRY), 0);
        projection.reset();
        assertThat(resources.countDocuments()).isZero();
    }
}
