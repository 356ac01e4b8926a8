package io.caseledger.query.scope;

import io.caseledger.domain.scope.CaseScope;
import io.caseledger.domain.scope.CaseScoped;
import io.caseledger.domain.scope.CaseloadScoped;
import io.caseledger.domain.scope.ReadableBy;
import io.caseledger.domain.scope.TeamRoster;
import io.caseledger.domain.scope.TeamScoped;
import io.caseledger.domain.scope.Viewer;
import io.caseledger.domain.shared.QueryRefused;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Optional;

/**
 * Enforces read scope on the query bus itself, so a REST endpoint, an SSE subscription or any future
 * caller gets the same answer. Fails closed: a query without a viewer, or a query type without
 * {@link ReadableBy}, is refused. Caseload and team queries are checked before they run; an answer
 * about one case ({@link CaseScoped}) is checked after, and answered as none when out of scope.
 */
@Component
public class QueryScopeInterceptor implements MessageHandlerInterceptor<QueryMessage<?, ?>> {

    private final TeamRoster roster;

    public QueryScopeInterceptor(TeamRoster roster) {
        this.roster = roster;
    }

    @Override
    public Object handle(UnitOfWork<? extends QueryMessage<?, ?>> unitOfWork, InterceptorChain chain) throws Exception {
        QueryMessage<?, ?> query = unitOfWork.getMessage();
        Object payload = query.getPayload();
        Viewer viewer = Viewer.of(query.getMetaData())
                .orElseThrow(() -> QueryRefused.forbidden("no-viewer", "A query must say who asks."));
        ReadableBy rule = payload.getClass().getAnnotation(ReadableBy.class);
        if (rule == null || Arrays.stream(rule.value()).noneMatch(viewer::is)) {
            throw QueryRefused.forbidden("forbidden", "Your role does not allow this query.");
        }
        if (payload instanceof CaseloadScoped caseload && !CaseScope.canReadCaseload(viewer, caseload.caseManagerId(), roster)) {
            throw QueryRefused.forbidden("outside-caseload-scope", "That caseload is outside your scope.");
        }
        if (payload instanceof TeamScoped team && !CaseScope.canReadTeam(viewer, team.team())) {
            throw QueryRefused.forbidden("outside-team-scope", "That team is outside your scope.");
        }
        Object result = chain.proceed();
        return withinScope(result, viewer);
    }

    private Object withinScope(Object result, Viewer viewer) {
        if (result instanceof Optional<?> optional) {
            return optional.filter(value -> !(value instanceof CaseScoped c) || readable(c, viewer));
        }
        // Axon unwraps an Optional answer before interceptors see it: an unreadable case becomes "none".
        return result instanceof CaseScoped c && !readable(c, viewer) ? null : result;
    }

    private boolean readable(CaseScoped answer, Viewer viewer) {
        return CaseScope.canRead(viewer, answer.caseManagerId(), answer.intakeTeam(), roster);
    }
}
