package io.caseledger.app.web;

import io.caseledger.app.operations.ProjectionAdmin;
import io.caseledger.app.security.Actor;
import io.caseledger.app.security.StaffDirectory;
import io.caseledger.projections.caseload.CaseloadChanged;
import io.caseledger.projections.caseload.CaseloadProjection;
import io.caseledger.projections.caseload.WatchCaseload;
import io.caseledger.query.caseload.Caseload;
import io.caseledger.query.caseload.FindCaseload;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;

/**
 * A live caseload as Server-Sent Events: the caseload at once, then the caseload again whenever a
 * case in it changes (an Axon subscription query fed by the caseload projections), without polling.
 */
@RestController
class CaseloadStreamController {

    private final QueryGateway queries;
    private final StaffDirectory staff;
    private final ProjectionAdmin projections;

    CaseloadStreamController(QueryGateway queries, StaffDirectory staff, ProjectionAdmin projections) {
        this.queries = queries;
        this.staff = staff;
        this.projections = projections;
    }

    @GetMapping(path = "/api/caseloads/{caseManagerId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable String caseManagerId, @RequestParam(defaultValue = "1800") int timeoutSeconds) {
        Actor actor = Actor.require();
        if (timeoutSeconds < 1 || timeoutSeconds > 3600) {
            throw RequestRefused.invalid("timeoutSeconds", "must be between 1 and 3600");
        }
        // Asked once up front so that a refusal is a plain 403/404 response, not a broken stream.
        queries.query(new FindCaseload(caseManagerId), ResponseTypes.instanceOf(Caseload.class)).join();
        staff.requireCaseManager(caseManagerId);
        // Updates arrive on an event-processing thread with no signed-in user: re-ask as this viewer.
        MetaData viewer = MetaData.from(actor.viewer().toMetadata());
        SseEmitter emitter = new SseEmitter(timeoutSeconds * 1000L);
        SubscriptionQueryResult<Caseload, CaseloadChanged> subscription = queries.subscriptionQuery(
                new WatchCaseload(caseManagerId), ResponseTypes.instanceOf(Caseload.class), ResponseTypes.instanceOf(CaseloadChanged.class));
        emitter.onCompletion(subscription::cancel);
        emitter.onTimeout(subscription::cancel);
        emitter.onError(error -> subscription.cancel());
        subscription.initialResult().subscribe(caseload -> send(emitter, caseload, subscription));
        subscription.updates().subscribe(change -> send(emitter,
                queries.query(new GenericMessage<>(new FindCaseload(caseManagerId), viewer), ResponseTypes.instanceOf(Caseload.class)).join(),
                subscription));
        return emitter;
    }

    private void send(SseEmitter emitter, Caseload caseload, SubscriptionQueryResult<?, ?> subscription) {
        try {
            emitter.send(SseEmitter.event().name("caseload")
                    .data(caseload.withRebuilding(projections.isRebuilding(CaseloadProjection.PROCESSING_GROUP)), MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
            // The client went away; stop listening for it.
            subscription.cancel();
        }
    }
}
