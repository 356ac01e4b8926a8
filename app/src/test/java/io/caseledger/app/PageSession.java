package io.caseledger.app;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser-like client of the pages: cookies kept, redirects not followed, signed in through the form. */
public final class PageSession {

    /** What a request got: its status, or this for a redirect to the sign-in page. */
    public static final int SIGN_IN = 0;

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** Signed in as {@code user} with the demo password; signed out when {@code user} is null. */
    public PageSession(int port, String user) throws Exception {
        this.port = port;
        if (user != null) {
            assertThat(signIn(user, user + "-demo")).as("sign-in of " + user).doesNotContain("/login");
        }
    }

    /** Where the sign-in form sends the browser next. */
    public String signIn(String user, String password) throws Exception {
        return http.send(form("/login", "username=" + user + "&password=" + password + "&_csrf=" + token()).build(),
                HttpResponse.BodyHandlers.ofString()).headers().firstValue("Location").orElse("");
    }

    /** The page at {@code path}, which must answer 200. */
    public String page(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** Headers only: live pages stream for as long as they are open, so the body is closed unread. */
    public int status(HttpRequest.Builder request) throws Exception {
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        boolean toSignIn = response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").endsWith("/login");
        return toSignIn ? SIGN_IN : response.statusCode();
    }

    /** A fresh CSRF token, from the sign-in page. */
    public String token() throws Exception {
        Matcher m = CSRF.matcher(http.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(m.find()).as("a CSRF token on the sign-in page").isTrue();
        return m.group(1);
    }

    public HttpRequest.Builder form(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
