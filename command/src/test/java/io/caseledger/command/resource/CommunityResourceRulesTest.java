package io.caseledger.command.resource;

import io.caseledger.domain.referral.ReferralType;
import io.caseledger.domain.resource.*;
import io.caseledger.domain.shared.CommandRejected;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.caseledger.command.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The community resource directory's rules. */
class CommunityResourceRulesTest {

    private static final ResourceDetails PANTRY = new ResourceDetails("Eastside Food Pantry", ReferralType.COMMUNITY_SERVICE,
            "555-0100", null, "1 Elm St", List.of("en", "es"), "Residents of Eastside");
    private FixtureConfiguration<CommunityResource> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CommunityResource.class);
    }

    @Test
    void a_resource_is_registered() {
        fixture.givenNoPriorActivity().when(new RegisterCommunityResource("res-1", PANTRY))
                .expectEvents(new CommunityResourceRegistered("res-1", PANTRY));
    }

    @Test
    void a_resource_is_registered_only_once() {
        fixture.given(new CommunityResourceRegistered("res-1", PANTRY)).when(new RegisterCommunityResource("res-1", PANTRY))
                .expectNoEvents().expectExceptionDetails(refusal("resource-exists"));
    }

    @Test
    void a_resource_is_deactivated() {
        fixture.given(new CommunityResourceRegistered("res-1", PANTRY)).when(new DeactivateCommunityResource("res-1", "Closed"))
                .expectEvents(new CommunityResourceDeactivated("res-1", "Closed"));
    }

    @Test
    void a_deactivated_resource_is_not_updated() {
        fixture.given(new CommunityResourceRegistered("res-1", PANTRY), new CommunityResourceDeactivated("res-1", "Closed"))
                .when(new UpdateCommunityResource("res-1", PANTRY)).expectNoEvents().expectExceptionDetails(refusal("resource-inactive"));
    }

    @Test
    void a_resource_needs_a_name_and_a_service_type() {
        assertThatThrownBy(() -> new RegisterCommunityResource("res-1", new ResourceDetails(" ", ReferralType.TRANSPORT, null, null, null, null, null)))
                .isInstanceOfSatisfying(CommandRejected.class, e -> assertThat(e.rejection().field()).isEqualTo("details.name"));
    }
}
