package io.caseledger.app;

import io.caseledger.app.pages.PageAccessMatrixTest;
import io.caseledger.domain.shared.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static io.caseledger.domain.shared.Role.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint x every role (and a case manager on another's caseload), generated from the
 * application's own list of endpoints: a new endpoint with no row here fails the build.
 */
@HttpTest
class AccessMatrixTest {

    private static final Set<Role> CASE_WORK = EnumSet.of(CASE_MANAGER, SUPERVISOR);
    private static final Map<Role, String> USER = Map.of(CASE_MANAGER, "alice", SUPERVISOR, "sam", AUDITOR, "ann",
            REPORTING, "rae", ADMIN, "ada");

    /** Who may call each endpoint; "own" scoping for case managers is checked separately below. */
    private static final Map<String, Set<Role>> ALLOWED = Map.ofEntries(
            Map.entry("POST /api/cases", CASE_WORK),
            Map.entry("GET /api/cases/{caseId}", EnumSet.of(CASE_MANAGER, SUPERVISOR, AUDITOR)),
            Map.entry("GET /api/cases/{caseId}/history", EnumSet.of(CASE_MANAGER, SUPERVISOR, AUDITOR)),
            Map.entry("GET /api/cases/{caseId}/verify", EnumSet.of(CASE_MANAGER, SUPERVISOR, AUDITOR, ADMIN)),
            Map.entry("GET /api/cases/{caseId}/diff", EnumSet.of(SUPERVISOR, AUDITOR)),
            Map.entry("GET /api/caseloads/{caseManagerId}", EnumSet.of(CASE_MANAGER, SUPERVISOR, AUDITOR)),
            Map.entry("GET /api/caseloads/{caseManagerId}/stream", EnumSet.of(CASE_MANAGER, SUPERVISOR, AUDITOR)),
            Map.entry("GET /api/caseloads/{caseManagerId}/referrals", EnumSet.of(CASE_MANAGER, SUPERVISOR, AUDITOR)),
            Map.entry("GET /api/caseloads/{caseManagerId}/appointments", EnumSet.of(CASE_MANAGER, SUPERVISOR, AUDITOR)),
            Map.entry("GET /api/teams/{team}", EnumSet.of(SUPERVISOR, AUDITOR)),
            Map.entry("GET /api/teams/{team}/referrals", EnumSet.of(SUPERVISOR, AUDITOR)),
            Map.entry("GET /api/teams/{team}/appointments", EnumSet.of(SUPERVISOR, AUDITOR)),
            Map.entry("GET /api/audit/digest", EnumSet.of(SUPERVISOR, AUDITOR, ADMIN)),
            Map.entry("GET /api/audit/access", EnumSet.of(AUDITOR, ADMIN)),
            Map.entry("GET /api/cases/{caseId}/ncqa", EnumSet.of(SUPERVISOR, AUDITOR)),
            Map.entry("GET /api/audit/ncqa/caseloads/{caseManagerId}", EnumSet.of(SUPERVISOR, AUDITOR)),
            Map.entry("GET /api/audit/ncqa/sample", EnumSet.of(SUPERVISOR, AUDITOR)),
            Map.entry("POST /api/cases/{caseId}/erasure", EnumSet.of(ADMIN)),
            Map.entry("GET /api/feed", EnumSet.of(REPORTING)),
            Map.entry("GET /v3/api-docs", EnumSet.allOf(Role.class)),
            Map.entry("GET /v3/api-docs.yaml", EnumSet.allOf(Role.class)),
            Map.entry("GET /api/admin/projections", EnumSet.of(ADMIN)),
            Map.entry("GET /api/admin/stores", EnumSet.of(ADMIN)),
            Map.entry("GET /api/admin/projections/{name}", EnumSet.of(ADMIN)),
            Map.entry("POST /api/admin/projections/{name}/rebuild", EnumSet.of(ADMIN)),
            Map.entry("POST /api/admin/projections/rebuild", EnumSet.of(ADMIN)),
            Map.entry("POST /api/intake-referrals", CASE_WORK),
            Map.entry("GET /api/resources", EnumSet.of(CASE_MANAGER, SUPERVISOR, AUDITOR, ADMIN)),
            Map.entry("GET /api/resources/{resourceId}", EnumSet.of(CASE_MANAGER, SUPERVISOR, AUDITOR, ADMIN)),
            Map.entry("POST /api/resources", EnumSet.of(CASE_MANAGER, SUPERVISOR, ADMIN)),
            Map.entry("POST /api/resources/{resourceId}/update", EnumSet.of(CASE_MANAGER, SUPERVISOR, ADMIN)),
            Map.entry("POST /api/resources/{resourceId}/deactivation", EnumSet.of(SUPERVISOR, ADMIN)),
            Map.entry("POST /api/cases/{caseId}/eligibility", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/insurance-assistance", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/transfer", EnumSet.of(SUPERVISOR)),
            Map.entry("POST /api/cases/{caseId}/care-team", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/care-team/{memberId}/removal", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/closure", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/reopening", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/consents", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/consents/{consentId}/revocation", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/rights-and-responsibilities", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/referrals", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/referrals/{referralId}/sending", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/referrals/{referralId}/acknowledgement", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/referrals/{referralId}/acceptance", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/referrals/{referralId}/decline", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/referrals/{referralId}/appointment", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/referrals/{referralId}/completion", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/referrals/{referralId}/loop-closure", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/referrals/{referralId}/cancellation", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/referrals/{referralId}/prior-authorization", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/referrals/{referralId}/prior-authorization/approval", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/referrals/{referralId}/prior-authorization/denial", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/appointments", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/appointments/{appointmentId}/reminders", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/appointments/{appointmentId}/reschedule", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/appointments/{appointmentId}/cancellation", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/appointments/{appointmentId}/kept", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/appointments/{appointmentId}/missed", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/tasks", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/tasks/{taskId}/completion", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/admissions", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/discharges", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/contacts", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/notes", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/corrections", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/entered-in-error", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/assessments", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/needs-assessment", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/safety-concerns/resolution", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/review-flags", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/relapse-prevention-plan", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/care-plan/goals", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/care-plan/goals/{goalId}/interventions", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/care-plan/goals/{goalId}/reviews", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/care-plan/barriers", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/care-plan/follow-up-schedule", CASE_WORK),
            Map.entry("POST /api/cases/{caseId}/care-plan/self-management-plan", CASE_WORK));

    /** Open to anyone, signed in or not: they hold no data. */
    private static final Set<String> PUBLIC = Set.of("GET /v3/api-docs", "GET /v3/api-docs.yaml");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private static boolean enrolled;

    @BeforeAll
    static void reset() {
        enrolled = false;
    }

    private Api api() {
        Api api = new Api(port);
        if (!enrolled) {
            assertThat(api.post("alice", "/api/cases", Api.enrolment("own-1", "Ada", "Byron")).status()).isEqualTo(201);
            enrolled = true;
        }
        return api;
    }

    private List<String> endpoints() {
        return mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getMethodsCondition().getMethods().stream()
                        .flatMap(m -> info.getPatternValues().stream().map(p -> m.name() + " " + p)))
                .filter(e -> !e.endsWith(" /error"))
                // The pages sign in with a form and a session; PageAccessMatrixTest holds their matrix.
                .filter(e -> !PageAccessMatrixTest.isPage(e))
                .sorted().toList();
    }

    @Test
    void every_endpoint_has_an_access_rule() {
        Set<String> unruled = endpoints().stream().filter(e -> !ALLOWED.containsKey(e)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(unruled).as("endpoints without a row in AccessMatrixTest.ALLOWED").isEmpty();
        assertThat(ALLOWED.keySet()).as("rows for endpoints that no longer exist").isSubsetOf(endpoints());
    }

    @Test
    void each_role_is_allowed_exactly_where_the_matrix_says() {
        Api api = api();
        for (String endpoint : endpoints()) {
            for (Role role : Role.values()) {
                int status = call(api, USER.get(role), endpoint, "alice");
                if (ALLOWED.get(endpoint).contains(role)) {
                    assertThat(status).as(role + " " + endpoint).isNotIn(401, 403);
                } else {
                    assertThat(status).as(role + " " + endpoint).isEqualTo(403);
                }
            }
            assertThat(call(api, null, endpoint, "alice")).as("anonymous " + endpoint).isEqualTo(PUBLIC.contains(endpoint) ? 200 : 401);
        }
    }

    @Test
    void a_case_manager_never_succeeds_on_another_case_managers_case_or_caseload() {
        Api api = api();
        for (String endpoint : endpoints()) {
            if (ALLOWED.get(endpoint).contains(CASE_MANAGER) && (endpoint.contains("{caseId}") || endpoint.contains("{caseManagerId}"))) {
                int status = call(api, "bob", endpoint, "alice");
                assertThat(status).as("bob on alice's " + endpoint).isIn(400, 403, 404);
            }
        }
    }

    @Test
    void a_supervisor_never_succeeds_on_a_case_or_caseload_outside_their_team() {
        Api api = api();
        for (String endpoint : endpoints()) {
            if (ALLOWED.get(endpoint).contains(SUPERVISOR)
                    && (endpoint.contains("{caseId}") || endpoint.contains("{caseManagerId}") || endpoint.contains("{team}"))) {
                assertThat(call(api, "sue", endpoint, "alice")).as("south's supervisor on north's " + endpoint).isIn(400, 403, 404, 422);
            }
        }
    }

    @Test
    void a_case_manager_covering_a_team_reads_and_works_its_cases_and_others_do_not() {
        Api api = api();
        assertThat(api.get("dan", "/api/cases/own-1").status()).as("dan covers north").isEqualTo(200);
        assertThat(api.get("dan", "/api/caseloads/alice").status()).isEqualTo(200);
        assertThat(api.post("dan", "/api/cases/own-1/notes", "{\"text\":\"Covering call\"}").status())
                .isEqualTo(201);
        assertThat(api.get("carol", "/api/cases/own-1").status()).as("carol does not cover north").isEqualTo(404);
        assertThat(api.get("carol", "/api/caseloads/alice").status()).isEqualTo(403);
        assertThat(api.get("sam", "/api/caseloads/carol").status()).as("north's supervisor on south").isEqualTo(403);
        assertThat(api.get("sue", "/api/caseloads/carol").status()).isEqualTo(200);
        assertThat(api.get("ann", "/api/caseloads/carol").status()).as("auditors read every caseload").isEqualTo(200);
    }

    @Test
    void a_supervisor_assigns_only_within_their_team() {
        Api api = api();
        assertThat(api.post("sue", "/api/cases", "{\"caseId\":\"south-1\",\"caseManagerId\":\"alice\",\"client\":{\"givenName\":\"Ida\","
                + "\"familyName\":\"Wells\",\"dateOfBirth\":\"1970-01-01\"},\"insuranceStatus\":\"INSURED\",\"enrolledOn\":\"2026-01-05\"}").status())
                .isEqualTo(422);
        assertThat(api.post("sam", "/api/cases/own-1/transfer", "{\"toCaseManagerId\":\"carol\",\"reason\":\"rebalancing\"}").status())
                .isEqualTo(422);
    }

    private static int call(Api api, String user, String endpoint, String owner) {
        String[] parts = endpoint.split(" ", 2);
        String path = parts[1].replace("{caseId}", "own-1").replace("{caseManagerId}", owner)
                .replace("{name}", "caseload").replace("{team}", "north").replaceAll("\\{[^}]+}", "x");
        if (path.equals("/api/audit/access")) {
            path += "?caseId=own-1";
        } else if (path.endsWith("/stream")) {
            path += "?timeoutSeconds=1";
        } else if (path.endsWith("/sample")) {
            path += "?seed=1";
        } else if (path.endsWith("/diff")) {
            path += "?fromSequence=0";
        }
        return parts[0].equals("GET") ? api.get(user, path).status() : api.post(user, path, "{}").status();
    }
}
