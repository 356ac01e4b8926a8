package io.caseledger.app.web;

import io.caseledger.app.security.Actor;
import io.caseledger.domain.shared.Role;
import io.caseledger.domain.enrolment.EnrollClient;
import io.caseledger.domain.shared.CommandRejected;
import io.caseledger.query.caseload.CaseloadEntry;
import io.caseledger.query.caseload.FindCase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.*;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Opens cases and shows one case. */
@RestController
@RequestMapping("/api/cases")
class CaseController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    CaseController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> enrol(@RequestBody EnrolmentRequest body) {
        Actor actor = Actor.require();
        String caseManagerId = assignee(actor, body.caseManagerId());
        String caseId = body.caseId() == null ? UUID.randomUUID().toString() : body.caseId();
        commands.sendAndWait(new EnrollClient(caseId, body.client(), caseManagerId, body.preferredLanguage(),
                Boolean.TRUE.equals(body.interpreterNeeded()), body.insuranceStatus(), body.enrolledOn()));
        return ResponseEntity.created(URI.create("/api/cases/" + caseId)).body(Map.of("caseId", caseId));
    }

    @GetMapping("/{caseId}")
    CaseloadEntry show(@PathVariable String caseId) {
        Actor actor = Actor.require();
        CaseloadEntry entry = queries.query(new FindCase(caseId), ResponseTypes.optionalInstanceOf(CaseloadEntry.class))
                .join()
                .orElseThrow(() -> new NotFound("case-not-found", "No such case."));
        if (actor.is(Role.CASE_MANAGER) && !entry.caseManagerId().equals(actor.userId())) {
            throw new NotFound("case-not-found", "No such case.");
        }
        return entry;
    }

    /** Case managers enrol into their own caseload; supervisors assign to any case manager (checked at dispatch). */
    private String assignee(Actor actor, String requested) {
        if (actor.is(Role.CASE_MANAGER)) {
            if (requested != null && !Objects.equals(requested, actor.userId())) {
                throw new AccessDeniedException("Case managers enrol clients into their own caseload only.");
            }
            return actor.userId();
        }
        if (requested == null) {
            throw CommandRejected.invalid("caseManagerId", "is required");
        }
        return requested;
    }
}
