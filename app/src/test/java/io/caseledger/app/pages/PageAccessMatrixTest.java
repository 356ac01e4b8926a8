package io.caseledger.app.pages;

import io.caseledger.app.HttpTest;
import io.caseledger.app.Api;
import io.caseledger.app.PageSession;
import io.caseledger.domain.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static io.caseledger.domain.shared.Role.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page endpoint, generated from the application's own mappings, as every role signed in with
 * the form: allowed where this matrix says, 403 elsewhere, the sign-in page when signed out, and
 * every POST refused without its CSRF token. A new page without a row here fails the build.
 */
// Stores of its own in target/test-stores (HttpTest): a @TempDir would be deleted after the class while the
// cached application still runs its PostgreSQL on it, which then outlives the test JVM.
@HttpTest(properties = HttpTest.OWN_STORES + "=PageAccessMatrixTest")
public class PageAccessMatrixTest {

    private static final Set<Role> CASE_WORK = EnumSet.of(CASE_MANAGER, SUPERVISOR);
    private static final Set<Role> OVERSIGHT = EnumSet.of(SUPERVISOR, AUDITOR);
    private static final Map<String, Set<Role>> ALLOWED = Map.ofEntries(
            Map.entry("GET /", EnumSet.of(CASE_MANAGER, SUPERVISOR, AUDITOR, ADMIN)),
            Map.entry("GET /login", EnumSet.allOf(Role.class)),
            Map.entry("GET /app/denied", EnumSet.noneOf(Role.class)),
            Map.entry("POST /app/denied", EnumSet.noneOf(Role.class)),
            Map.entry("GET /app/caseload", EnumSet.of(CASE_MANAGER)),
            Map.entry("GET /app/caseloads/{caseManagerId}", EnumSet.of(CASE_MANAGER, SUPERVISOR, AUDITOR)),
            Map.entry("GET /app/caseloads/{caseManagerId}/live", EnumSet.of(CASE_MANAGER, SUPERVISOR, AUDITOR)),
            Map.entry("GET /app/cases/{caseId}", EnumSet.of(CASE_MANAGER, SUPERVISOR, AUDITOR)),
            Map.entry("POST /app/cases/{caseId}/act/**", CASE_WORK),
            Map.entry("GET /app/enrol", CASE_WORK),
            Map.entry("POST /app/enrol", CASE_WORK),
            Map.entry("GET /app/teams/{team}", OVERSIGHT),
            Map.entry("GET /app/teams/{team}/live", OVERSIGHT),
            Map.entry("GET /app/replay", OVERSIGHT),
            Map.entry("GET /app/replay/cases/{caseId}", OVERSIGHT),
            Map.entry("GET /app/replay/cases/{caseId}/export", OVERSIGHT),
            Map.entry("GET /app/admin", EnumSet.of(ADMIN)),
            Map.entry("GET /app/admin/projections", EnumSet.of(ADMIN)),
            Map.entry("POST /app/admin/projections/{name}/rebuild", EnumSet.of(ADMIN)));
    /** Pages anyone may see, signed in or not (the not-available page answers 403 to everyone, as it says). */
    private static final Set<String> PUBLIC = Set.of("GET /login");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** The endpoints this matrix covers (the API's are in AccessMatrixTest). */
    public static boolean isPage(String endpoint) {
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        return path.equals("/") || path.equals("/login") || path.startsWith("/app/");
    }

    private List<String> endpoints() {
        return mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getMethodsCondition().getMethods().stream()
                        .flatMap(m -> info.getPatternValues().stream().map(p -> m.name() + " " + p)))
                .filter(PageAccessMatrixTest::isPage)
                .sorted().toList();
    }

    @Test
    void every_page_is_allowed_exactly_where_the_matrix_says() throws Exception {
        assertThat(new Api(port).post("alice", "/api/cases", Api.enrolment("page-1", "Clara", "Barton")).status()).isEqualTo(201);
        Set<String> unruled = endpoints().stream().filter(e -> !ALLOWED.containsKey(e)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(unruled).as("page endpoints without a row in PageAccessMatrixTest.ALLOWED").isEmpty();
        assertThat(ALLOWED.keySet()).as("rows for page endpoints that no longer exist").isSubsetOf(endpoints());
        for (Role role : Role.values()) {
            PageSession session = new PageSession(port, USERS.get(role));
            for (String endpoint : endpoints()) {
                int status = call(session, endpoint, true);
                if (ALLOWED.get(endpoint).contains(role) || PUBLIC.contains(endpoint)) {
                    assertThat(status).as(role + " " + endpoint).isNotIn(PageSession.SIGN_IN, 401, 403);
                } else {
                    assertThat(status).as(role + " " + endpoint).isEqualTo(403);
                }
                if (endpoint.startsWith("POST")) {
                    assertThat(call(session, endpoint, false)).as(role + " " + endpoint + " without its CSRF token").isEqualTo(403);
                }
            }
        }
        PageSession anonymous = new PageSession(port, null);
        for (String endpoint : endpoints()) {
            if (endpoint.startsWith("GET")) {
                int expected = PUBLIC.contains(endpoint) ? 200 : endpoint.equals("GET /app/denied") ? 403 : PageSession.SIGN_IN;
                assertThat(call(anonymous, endpoint, true)).as("signed out " + endpoint).isEqualTo(expected);
            }
        }
    }

    @Test
    void the_api_takes_no_session_cookie() throws Exception {
        PageSession alice = new PageSession(port, "alice");
        assertThat(alice.status(HttpRequest.newBuilder(alice.uri("/api/caseloads/alice")).GET())).isEqualTo(401);
    }

    @Test
    void failed_sign_ins_through_the_form_are_throttled_like_basic_ones() throws Exception {
        PageSession session = new PageSession(port, null);
        for (int i = 0; i < 5; i++) {
            assertThat(session.signIn("carol", "wrong")).endsWith("/login?error");
        }
        assertThat(session.signIn("carol", "carol-demo")).endsWith("/login?throttled");
        assertThat(new Api(port).get("carol", "/api/caseloads/carol").status()).isEqualTo(429);
    }

    @Test
    void pages_are_not_stored_and_run_no_inline_or_foreign_script() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe");
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)");
    }

    private static final Map<Role, String> USERS = Map.of(CASE_MANAGER, "alice", SUPERVISOR, "sam", AUDITOR, "ann",
            REPORTING, "rae", ADMIN, "ada");

    /** Calls a page endpoint with its path variables filled in, a form for a POST (with or without its token). */
    private static int call(PageSession session, String endpoint, boolean withToken) throws Exception {
        String[] parts = endpoint.split(" ", 2);
        String path = parts[1].replace("{caseId}", "page-1").replace("{caseManagerId}", "alice").replace("{team}", "north")
                .replace("{name}", "caseload").replace("/**", "/notes");
        if (path.endsWith("/export")) {
            path += "?format=csv";
        }
        HttpRequest.Builder request = parts[0].equals("GET") ? HttpRequest.newBuilder(session.uri(path)).GET()
                : session.form(path, "form=note&text=Page+check" + (withToken ? "&_csrf=" + session.token() : ""));
        return session.status(request);
    }
}
