package io.caseledger.command.resource;

import io.caseledger.domain.resource.*;
import io.caseledger.domain.shared.CommandRejected;
import io.caseledger.domain.shared.StreamType;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A directory entry: registered once, updated while active, deactivated for good. */
@Aggregate(type = StreamType.COMMUNITY_RESOURCE)
public class CommunityResource {

    @AggregateIdentifier
    private String resourceId;
    private boolean active;

    protected CommunityResource() {
        // Axon rebuilds the aggregate from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterCommunityResource c) {
        if (resourceId != null) {
            throw CommandRejected.conflict("resource-exists", "A resource with this id is already registered.");
        }
        apply(new CommunityResourceRegistered(c.resourceId(), c.details()));
    }

    @CommandHandler
    public void handle(UpdateCommunityResource c) {
        requireActive();
        apply(new CommunityResourceUpdated(resourceId, c.details()));
    }

    @CommandHandler
    public void handle(DeactivateCommunityResource c) {
        requireActive();
        apply(new CommunityResourceDeactivated(resourceId, c.reason()));
    }

    /** Referrals may only name an active resource. */
    public void requireActive() {
        if (!active) {
            throw CommandRejected.rule("resource-inactive", "The resource is no longer active.");
        }
    }

    @EventSourcingHandler
    void on(CommunityResourceRegistered e) {
        resourceId = e.resourceId();
        active = true;
    }

    @EventSourcingHandler
    void on(CommunityResourceDeactivated e) {
        active = false;
    }
}
