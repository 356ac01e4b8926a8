package io.caseledger.app.pages;

import io.caseledger.query.caseload.Alert;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every alert kind has the plain-language reason the pages show (a new kind without one fails here). */
class AlertWordingTest {

    @Test
    void every_alert_kind_has_a_plain_language_reason() throws Exception {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(in);
        }
        assertThat(Arrays.stream(Alert.Kind.values()).filter(k -> messages.getProperty("alert." + k, "").isBlank()))
                .as("alert kinds without a reason in messages.properties").isEmpty();
    }
}
