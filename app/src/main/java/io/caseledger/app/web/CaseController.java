package io.caseledger.app.web;

import io.caseledger.app.audit.AccessRecorder;
import io.caseledger.app.audit.CaseRecord;
import io.caseledger.app.audit.CaseRecord.Cutoff;
import io.caseledger.app.security.Actor;
import io.caseledger.app.security.ReadScope;
import io.caseledger.domain.access.RecordView;
import io.caseledger.domain.enrolment.EnrolClient;
import io.caseledger.domain.shared.Role;
import io.caseledger.domain.summary.CaseSummary;
import io.caseledger.query.casesummary.FindCaseSummary;
import io.caseledger.query.casesummary.StoredCaseSummary;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.*;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Opens cases and shows one case, now or as it stood at an instant or sequence number. */
@RestController
@RequestMapping("/api/cases")
class CaseController {

    private final CommandGateway commands;
    private final CaseRecord record;
    private final AccessRecorder access;
    private final ReadScope scope;
    private final QueryGateway queries;
    private final EventStore eventStore;

    static final String SOURCE = "X-CaseLedger-Source";

    CaseController(CommandGateway commands, CaseRecord record, AccessRecorder access, ReadScope scope,
                   QueryGateway queries, EventStore eventStore) {
        this.scope = scope;
        this.queries = queries;
        this.eventStore = eventStore;
        this.commands = commands;
        this.record = record;
        this.access = access;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> enrol(@RequestBody EnrolmentRequest body) {
        Actor actor = Actor.require();
        String caseManagerId = assignee(actor, body.caseManagerId());
        String caseId = body.caseId() == null ? UUID.randomUUID().toString() : body.caseId();
        commands.sendAndWait(new EnrolClient(caseId, body.client(), caseManagerId, body.preferredLanguage(),
                Boolean.TRUE.equals(body.interpreterNeeded()), body.insuranceStatus(), body.enrolledOn()));
        return ResponseEntity.created(URI.create("/api/cases/" + caseId)).body(Map.of("caseId", caseId));
    }

    /**
     * The case now is served from the case-summary projection when that is current (its version is the
     * store's head for the case), else folded from the event store: read-your-writes either way.
     * Points in time are always folded. {@code X-CaseLedger-Source} says which.
     */
    @GetMapping(path = "/{caseId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> show(@PathVariable String caseId,
                           @Parameter(description = "The case as it stood at this instant (ISO-8601, e.g. copied from the "
                                   + "history): events stamped at or before it, to the millisecond, are included.")
                           @RequestParam(required = false) String asOf,
                           @RequestParam(required = false) Long asOfSequence) {
        Cutoff cutoff = new Cutoff(RequestParams.instant("asOf", asOf), asOfSequence);
        Actor actor = Actor.require();
        if (!cutoff.isNow() && !(actor.is(Role.AUDITOR) || actor.is(Role.SUPERVISOR))) {
            throw new AccessDeniedException("Point-in-time views are for auditors and supervisors.");
        }
        if (cutoff.isNow()) {
            Optional<StoredCaseSummary> stored = current(caseId);
            if (stored.isPresent()) {
                access.record(caseId, RecordView.SUMMARY);
                return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).header(SOURCE, "projection").body(stored.get().json());
            }
        }
        CaseSummary summary = record.summary(caseId, cutoff)
                .orElseThrow(RequestRefused::noSuchCase);
        // Scope is judged on the case as it is now: who may see a case today may see its past.
        scope.requireCase(cutoff.isNow() ? summary : record.summary(caseId, Cutoff.NOW).orElseThrow());
        access.record(caseId, cutoff.isNow() ? RecordView.SUMMARY : RecordView.POINT_IN_TIME);
        return ResponseEntity.ok().header(SOURCE, "event-store").body(summary);
    }

    /** The stored summary if it has every event of the case (the query bus leaves out what is outside scope). */
    private Optional<StoredCaseSummary> current(String caseId) {
        Optional<Long> head = eventStore.lastSequenceNumberFor(caseId);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        return queries.query(new FindCaseSummary(caseId), ResponseTypes.optionalInstanceOf(StoredCaseSummary.class)).join()
                .filter(stored -> stored.version() == head.get());
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
            throw RequestRefused.invalid("caseManagerId", "is required");
        }
        return requested;
    }
}
