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
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Views kept live over Server-Sent Events: the view at once, then again whenever a case in one of
 * the watched caseloads changes (Axon subscription queries fed by the caseload projections), without
 * polling. The API sends a caseload as JSON; the pages send a caseload's rows or a team's table.
 */
@Component
public class LiveCaseload {

    /** Writes the view (as of now) to the stream. */
    @FunctionalInterface
    public interface Sender<T> {
        void send(SseEmitter emitter, T view) throws IOException;
    }

    private final QueryGateway queries;
    private final StaffDirectory staff;
    private final ProjectionAdmin projections;
    /** Streams still open: ended when the application stops, so shutdown need not wait out their timeout. */
    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();

    LiveCaseload(QueryGateway queries, StaffDirectory staff, ProjectionAdmin projections) {
        this.queries = queries;
        this.staff = staff;
        this.projections = projections;
    }

    /** One caseload; refusals (scope, no such case manager) come before the stream opens, as a plain 403/404. */
    public SseEmitter watch(FindCaseload query, long timeoutMillis, Sender<ReadAnswer<Caseload>> sender) {
        queries.query(query, ResponseTypes.instanceOf(Caseload.class)).join();
        staff.requireCaseManager(query.caseManagerId());
        return watch(List.of(query.caseManagerId()), viewer -> ReadAnswer.of(queries.query(new GenericMessage<>(query, viewer),
                ResponseTypes.instanceOf(Caseload.class)).join(), projections, CaseloadProjection.PROCESSING_GROUP), timeoutMillis, sender);
    }

    /**
     * A view built from several caseloads, re-asked whenever one of them changes. The caller has checked
     * the viewer may see it; {@code ask} is given the viewer's metadata, as updates arrive on an
     * event-processing thread with no signed-in user.
     */
    public <T> SseEmitter watch(Collection<String> caseManagerIds, Function<MetaData, T> ask, long timeoutMillis, Sender<T> sender) {
        MetaData viewer = MetaData.from(Actor.require().viewer().toMetadata());
        SseEmitter emitter = new SseEmitter(timeoutMillis);
        List<SubscriptionQueryResult<Caseload, CaseloadChanged>> subscriptions = caseManagerIds.stream()
                .map(id -> queries.subscriptionQuery(new WatchCaseload(id), ResponseTypes.instanceOf(Caseload.class),
                        ResponseTypes.instanceOf(CaseloadChanged.class)))
                .toList();
        open.add(emitter);
        Runnable cancel = () -> {
            open.remove(emitter);
            subscriptions.forEach(SubscriptionQueryResult::cancel);
        };
        emitter.onCompletion(cancel);
        emitter.onTimeout(cancel);
        emitter.onError(error -> cancel.run());
        subscriptions.get(0).initialResult().subscribe(ignored -> send(emitter, ask.apply(viewer), sender, cancel));
        subscriptions.forEach(s -> s.updates().subscribe(change -> send(emitter, ask.apply(viewer), sender, cancel)));
        return emitter;
    }

    @EventListener(ContextClosedEvent.class)
    void endStreams() {
        open.forEach(SseEmitter::complete);
    }

    private static <T> void send(SseEmitter emitter, T view, Sender<T> sender, Runnable cancel) {
        try {
            sender.send(emitter, view);
        } catch (IOException | IllegalStateException gone) {
            // The client went away; stop listening for it.
            cancel.run();
        }
    }
}
