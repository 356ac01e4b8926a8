package io.caseledger.app;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bearer tokens signed by the identity provider's key: role, team and covered teams come from claims
 * (Keycloak's shape), and the actor they name is the one recorded on the events.
 */
@HttpTest
class JwtHttpTest {

    private static final KeyPair IDP = keyPair();
    private static final KeyPair STRANGER = keyPair();

    @TempDir
    static Path keys;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        Path pem = keys.resolve("idp.pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(IDP.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(KeyPair key, String user, List<String> roles, String team, List<String> covers, Instant expires) {
        try {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject("sub-" + user).claim("preferred_username", user)
                    .claim("realm_access", Map.of("roles", roles)).expirationTime(Date.from(expires));
            if (team != null) {
                claims.claim("team", team);
            }
            if (covers != null) {
                claims.claim("covers", covers);
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
            jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(String user, String role, String team, List<String> covers) {
        return token(IDP, user, List.of("offline_access", role), team, covers, Instant.now().plusSeconds(300));
    }

    private HttpResponse<String> call(String method, String path, String bearer, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_case_manager_signed_in_at_the_identity_provider_works_their_caseload_and_is_recorded() throws Exception {
        String alice = token("alice", "CASE_MANAGER", "north", null);
        assertThat(call("POST", "/api/cases", alice, Api.enrolment("jwt-1", "Nia", "Okafor")).statusCode()).isEqualTo(201);
        assertThat(call("GET", "/api/cases/jwt-1", alice, null).statusCode()).isEqualTo(200);
        var enrolled = eventStore.readEvents("jwt-1").asStream().findFirst().orElseThrow();
        assertThat(enrolled.getMetaData()).containsEntry("userId", "alice").containsEntry("userRole", "CASE_MANAGER")
                .containsEntry("userTeam", "north");

        assertThat(call("GET", "/api/cases/jwt-1", token("sam", "SUPERVISOR", "north", null), null).statusCode())
                .as("north's supervisor").isEqualTo(200);
        assertThat(call("GET", "/api/cases/jwt-1", token("sue", "SUPERVISOR", "south", null), null).statusCode())
                .as("south's supervisor").isEqualTo(404);
        assertThat(call("GET", "/api/cases/jwt-1", token("dan", "case-manager", "south", List.of("north")), null).statusCode())
                .as("covering north, role spelled the IdP's way").isEqualTo(200);
        assertThat(call("GET", "/api/cases/jwt-1", token("carol", "CASE_MANAGER", "south", null), null).statusCode()).isEqualTo(404);
    }

    @Test
    void bad_tokens_are_401_and_a_token_without_a_caseledger_role_is_403() throws Exception {
        HttpResponse<String> expired = call("GET", "/api/caseloads/alice",
                token(IDP, "alice", List.of("CASE_MANAGER"), "north", null, Instant.now().minusSeconds(3600)), null);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(call("GET", "/api/caseloads/alice",
                token(STRANGER, "alice", List.of("CASE_MANAGER"), "north", null, Instant.now().plusSeconds(300)), null).statusCode())
                .as("signed by another key").isEqualTo(401);
        assertThat(call("GET", "/api/caseloads/alice", "not-a-jwt", null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/caseloads/alice", token("eve", "offline_access", null, null), null).statusCode())
                .as("authenticated, but no CaseLedger role").isEqualTo(403);
        assertThat(call("GET", "/api/caseloads/alice", token("rae", "REPORTING", null, null), null).statusCode()).isEqualTo(403);
    }
}
