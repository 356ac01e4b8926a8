package io.caseledger.app.web;

import io.caseledger.app.security.Actor;
import io.caseledger.domain.enrolment.EnrolClient;
import io.caseledger.domain.shared.Role;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Objects;
import java.util.UUID;

/** Opens a case from an enrolment request, for the API and the enrol form alike. */
@Component
public class Enrolment {

    private final CommandGateway commands;

    Enrolment(CommandGateway commands) {
        this.commands = commands;
    }

    /** The id of the case enrolled. */
    public String enrol(EnrolmentRequest body) {
        Actor actor = Actor.require();
        String caseManagerId = assignee(actor, body.caseManagerId());
        String caseId = body.caseId() == null ? UUID.randomUUID().toString() : body.caseId();
        commands.sendAndWait(new EnrolClient(caseId, body.client(), caseManagerId, body.preferredLanguage(),
                Boolean.TRUE.equals(body.interpreterNeeded()), body.insuranceStatus(), body.enrolledOn()));
        return caseId;
    }

    /** Case managers enrol into their own caseload; supervisors assign to any case manager (checked at dispatch). */
    private static String assignee(Actor actor, String requested) {
        if (actor.is(Role.CASE_MANAGER)) {
            if (requested != null && !Objects.equals(requested, actor.userId())) {
                throw new AccessDeniedException("Case managers enrol clients into their own caseload only.");
            }
            return actor.userId();
        }
        if (requested == null) {
            throw RequestRefused.invalid("caseManagerId", "is required");
        }
        return requested;
    }
}
