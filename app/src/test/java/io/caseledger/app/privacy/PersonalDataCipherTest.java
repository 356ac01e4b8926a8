package io.caseledger.app.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.caseledger.domain.correction.EntryCorrected;
import io.caseledger.domain.correction.FieldCorrection;
import io.caseledger.domain.enrolment.ClientEnrolled;
import io.caseledger.domain.enrolment.InsuranceStatus;
import io.caseledger.domain.enrolment.PersonalDetails;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataCipherTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final PersonalDataCipher cipher = new PersonalDataCipher(json);
    private final byte[] key = key();
    private final ClientEnrolled enrolled = new ClientEnrolled("c-1", new PersonalDetails("Ada", "Lovelace", LocalDate.of(1980, 12, 10)),
            "alice", "en", false, InsuranceStatus.INSURED, LocalDate.of(2026, 1, 5));

    private static byte[] key() {
        byte[] key = new byte[SubjectKeys.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private JsonNode sealed(Object payload) {
        return cipher.seal(json.valueToTree(payload), payload.getClass(), "c-1", key);
    }

    @Test
    void personal_fields_are_sealed_deterministically_and_the_rest_stays_readable() {
        JsonNode sealed = sealed(enrolled);
        assertThat(sealed.toString()).doesNotContain("Ada", "Lovelace", "1980-12-10").contains("sealed:v1:", "alice", "INSURED");
        assertThat(sealed(enrolled)).as("the chain hashes what the store keeps").isEqualTo(sealed);
        assertThat(sealed.at("/client/givenName")).isNotEqualTo(sealed.at("/client/familyName"));
        assertThat(cipher.open(sealed, ClientEnrolled.class, Optional.of(key))).isEqualTo(json.valueToTree(enrolled));
    }

    @Test
    void without_the_key_text_reads_as_erased_and_other_types_as_null() throws Exception {
        JsonNode opened = cipher.open(sealed(enrolled), ClientEnrolled.class, Optional.empty());
        ClientEnrolled erased = json.treeToValue(opened, ClientEnrolled.class);
        assertThat(erased.client()).isEqualTo(new PersonalDetails("[erased]", "[erased]", null));
        assertThat(erased.client().displayName()).isEqualTo("[erased]");
        assertThat(erased.caseManagerId()).isEqualTo("alice");
    }

    @Test
    void lists_of_records_are_sealed_element_by_element() {
        EntryCorrected corrected = new EntryCorrected("c-1", "e-1", "ClientEnrolled",
                List.of(new FieldCorrection("client.familyName", "Byron"), new FieldCorrection("preferredLanguage", "es")), "typo");
        JsonNode sealed = sealed(corrected);
        assertThat(sealed.toString()).doesNotContain("Byron").contains("client.familyName");
        assertThat(cipher.open(sealed, EntryCorrected.class, Optional.of(key))).isEqualTo(json.valueToTree(corrected));
    }

    @Test
    void a_sealed_value_moved_to_another_field_or_opened_with_another_key_does_not_open() {
        JsonNode sealed = sealed(enrolled);
        ((com.fasterxml.jackson.databind.node.ObjectNode) sealed.get("client")).set("givenName", sealed.at("/client/familyName"));
        assertThat(cipher.open(sealed, ClientEnrolled.class, Optional.of(key)).at("/client/givenName").asText())
                .as("bound to its path").isEqualTo("[unreadable]");
        assertThat(cipher.open(sealed(enrolled), ClientEnrolled.class, Optional.of(key())).at("/client/familyName").asText())
                .as("another key").isEqualTo("[unreadable]");
    }
}
