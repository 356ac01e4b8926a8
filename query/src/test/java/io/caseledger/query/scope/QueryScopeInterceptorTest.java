package io.caseledger.query.scope;

import io.caseledger.domain.scope.CaseScoped;
import io.caseledger.domain.scope.CaseloadScoped;
import io.caseledger.domain.scope.ReadableBy;
import io.caseledger.domain.scope.TeamRoster;
import io.caseledger.domain.scope.Viewer;
import io.caseledger.domain.shared.QueryRefused;
import io.caseledger.domain.shared.Rejection;
import io.caseledger.domain.shared.Role;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The query bus refuses what the asker may not read, whatever handler answers and however it is asked. */
class QueryScopeInterceptorTest {

    @ReadableBy({Role.CASE_MANAGER, Role.SUPERVISOR, Role.AUDITOR})
    record CaseloadOf(String caseManagerId) implements CaseloadScoped {
    }

    @ReadableBy({Role.CASE_MANAGER, Role.SUPERVISOR, Role.AUDITOR})
    record CaseById(String caseId) {
    }

    record Unannotated(String anything) {
    }

    record Names(List<String> names) {
    }

    record Answer(String caseId, String caseManagerId, String intakeTeam) implements CaseScoped {
    }

    static class Handlers {
        @QueryHandler
        Names handle(CaseloadOf q) {
            return new Names(List.of("case-of-" + q.caseManagerId()));
        }

        @QueryHandler
        Optional<Answer> handle(CaseById q) {
            return Optional.of(new Answer(q.caseId(), "alice", null));
        }

        @QueryHandler
        String handle(Unannotated q) {
            return "leaked";
        }
    }

    private static final TeamRoster ROSTER = TeamRoster.of(Map.of("alice", "north", "bob", "north", "carol", "south"));
    private QueryGateway gateway;

    @BeforeEach
    void bus() {
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        bus.registerHandlerInterceptor(new QueryScopeInterceptor(ROSTER));
        new AnnotationQueryHandlerAdapter<>(new Handlers()).subscribe(bus);
        gateway = DefaultQueryGateway.builder().queryBus(bus).build();
    }

    private Object ask(Object query, Viewer viewer, Class<?> type) {
        MetaData metaData = viewer == null ? MetaData.emptyInstance() : MetaData.from(viewer.toMetadata());
        return gateway.query(new GenericMessage<>(query, metaData), ResponseTypes.instanceOf(type)).join();
    }

    private static Viewer viewer(String user, Role role, String team, String... covers) {
        return new Viewer(user, role, team, Set.of(covers));
    }

    private static Names names(String... names) {
        return new Names(List.of(names));
    }

    private static Rejection refusal(Runnable call) {
        try {
            call.run();
        } catch (CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(QueryRefused.class);
            return ((QueryRefused) e.getCause()).rejection();
        }
        throw new AssertionError("the query was answered");
    }

    @Test
    void a_case_manager_reads_their_own_caseload_and_a_covered_teams_but_no_other() {
        assertThat(ask(new CaseloadOf("alice"), viewer("alice", Role.CASE_MANAGER, "north"), Names.class)).isEqualTo(names("case-of-alice"));
        assertThat(ask(new CaseloadOf("alice"), viewer("dan", Role.CASE_MANAGER, "south", "north"), Names.class)).isEqualTo(names("case-of-alice"));
        assertThat(refusal(() -> ask(new CaseloadOf("alice"), viewer("bob", Role.CASE_MANAGER, "north"), Names.class)).code())
                .isEqualTo("outside-caseload-scope");
    }

    @Test
    void a_supervisor_reads_their_team_only_and_an_auditor_reads_all() {
        assertThat(ask(new CaseloadOf("bob"), viewer("sam", Role.SUPERVISOR, "north"), Names.class)).isEqualTo(names("case-of-bob"));
        assertThat(refusal(() -> ask(new CaseloadOf("carol"), viewer("sam", Role.SUPERVISOR, "north"), Names.class)).kind())
                .isEqualTo(Rejection.Kind.FORBIDDEN);
        assertThat(refusal(() -> ask(new CaseloadOf("carol"), viewer("sam", Role.SUPERVISOR, null), Names.class)).kind())
                .isEqualTo(Rejection.Kind.FORBIDDEN);
        assertThat(ask(new CaseloadOf("carol"), viewer("ann", Role.AUDITOR, null), Names.class)).isEqualTo(names("case-of-carol"));
    }

    @Test
    void an_answer_about_a_case_outside_scope_is_hidden_as_not_found() {
        assertThat(ask(new CaseById("c-1"), viewer("alice", Role.CASE_MANAGER, "north"), Answer.class))
                .isEqualTo(new Answer("c-1", "alice", null));
        assertThat(ask(new CaseById("c-1"), viewer("carol", Role.CASE_MANAGER, "south"), Answer.class)).isNull();
        assertThat(ask(new CaseById("c-1"), viewer("sue", Role.SUPERVISOR, "south"), Answer.class)).isNull();
    }

    @Test
    void roles_outside_the_query_and_queries_without_a_rule_or_a_viewer_are_refused() {
        assertThat(refusal(() -> ask(new CaseloadOf("alice"), viewer("rae", Role.REPORTING, null), Names.class)).code()).isEqualTo("forbidden");
        assertThat(refusal(() -> ask(new CaseloadOf("alice"), viewer("ada", Role.ADMIN, null), Names.class)).code()).isEqualTo("forbidden");
        assertThat(refusal(() -> ask(new Unannotated("x"), viewer("ann", Role.AUDITOR, null), String.class)).code()).isEqualTo("forbidden");
        assertThat(refusal(() -> ask(new CaseloadOf("alice"), null, Names.class)).code()).isEqualTo("no-viewer");
    }
}
