package io.caseledger.app.web;

import io.caseledger.app.operations.Projections;
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
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;

/**
 * A caseload kept live over Server-Sent Events: the caseload at once, then again whenever a case in
 * it changes (an Axon subscription query fed by the caseload projections), without polling. The API
 * sends it as JSON, the caseload page as rendered rows; both watch it here.
 */
@Component
public class LiveCaseload {

    /** Writes one caseload (as of now) to the stream. */
    @FunctionalInterface
    public interface Sender {
        void send(SseEmitter emitter, Caseload caseload) throws IOException;
    }

    private final QueryGateway queries;
    private final StaffDirectory staff;
    private final Projections projections;

    LiveCaseload(QueryGateway queries, StaffDirectory staff, Projections projections) {
        this.queries = queries;
        this.staff = staff;
        this.projections = projections;
    }

    /** Refusals (scope, no such case manager) come before the stream opens, as a plain 403/404. */
    public SseEmitter watch(FindCaseload query, long timeoutMillis, Sender sender) {
        Actor actor = Actor.require();
        queries.query(query, ResponseTypes.instanceOf(Caseload.class)).join();
        staff.requireCaseManager(query.caseManagerId());
        // Updates arrive on an event-processing thread with no signed-in user: re-ask as this viewer.
        MetaData viewer = MetaData.from(actor.viewer().toMetadata());
        SseEmitter emitter = new SseEmitter(timeoutMillis);
        SubscriptionQueryResult<Caseload, CaseloadChanged> subscription = queries.subscriptionQuery(
                new WatchCaseload(query.caseManagerId()), ResponseTypes.instanceOf(Caseload.class), ResponseTypes.instanceOf(CaseloadChanged.class));
        emitter.onCompletion(subscription::cancel);
        emitter.onTimeout(subscription::cancel);
        emitter.onError(error -> subscription.cancel());
        subscription.initialResult().subscribe(ignored -> send(emitter, ask(query, viewer), sender, subscription));
        subscription.updates().subscribe(change -> send(emitter, ask(query, viewer), sender, subscription));
        return emitter;
    }

    private Caseload ask(FindCaseload query, MetaData viewer) {
        return queries.query(new GenericMessage<>(query, viewer), ResponseTypes.instanceOf(Caseload.class)).join()
                .withRebuilding(projections.isRebuilding(CaseloadProjection.PROCESSING_GROUP));
    }

    private static void send(SseEmitter emitter, Caseload caseload, Sender sender, SubscriptionQueryResult<?, ?> subscription) {
        try {
            sender.send(emitter, caseload);
        } catch (IOException | IllegalStateException gone) {
            // The client went away; stop listening for it.
            subscription.cancel();
        }
    }
}
