package io.caseledger.app.web.resources;

import io.caseledger.command.resource.CommunityResource;
import io.caseledger.domain.referral.CreateReferral;
import io.caseledger.domain.shared.CommandRejected;
import io.caseledger.domain.shared.Rejection;
import io.caseledger.app.audit.StreamIds;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.BiFunction;

/**
 * A referral that names a community resource must name one that exists and is active. The case
 * cannot see the directory, so this is checked against the resource's own event stream at dispatch.
 */
@Component
class ReferralResourceCheck implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final Repository<CommunityResource> resources;

    ReferralResourceCheck(@Qualifier("communityResourceRepository") Repository<CommunityResource> resources) {
        this.resources = resources;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            if (command.getPayload() instanceof CreateReferral referral && referral.resourceId() != null) {
                requireActive(referral.resourceId());
            }
            return command;
        };
    }

    private void requireActive(String resourceId) {
        ResultMessage<?> checked = DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> {
            resources.load(resourceId).execute(CommunityResource::requireActive);
            return null;
        });
        if (checked.isExceptional()) {
            Throwable cause = checked.exceptionResult();
            // Cases and resources share one id space: a case's id names no resource either.
            if (StreamIds.namesNoAggregate(cause)) {
                throw new CommandRejected(new Rejection(Rejection.Kind.RULE, "unknown-resource", "resourceId",
                        "names no community resource"));
            }
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
    }
}
