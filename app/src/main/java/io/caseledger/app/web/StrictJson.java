package io.caseledger.app.web;

import com.fasterxml.jackson.annotation.Nulls;
import io.caseledger.domain.shared.Require;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.module.SimpleModule;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * Request bodies mean exactly what they say: a value of the wrong JSON type is refused, never
 * converted ({@code 1.5} is not 1, {@code "12"} is not 12, {@code 0} is not an enum constant, {@code 12}
 * is not an id), a key given twice is refused rather than the last one silently winning, text must be
 * well-formed Unicode (a lone surrogate cannot be stored as sent, so what was acknowledged would not
 * be what the record holds), a list holds no nulls, and dates and instants are ISO-8601 text of
 * years 0001-9999 (not numbers, arrays or expanded years).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
                .addModule(new SimpleModule("strict-text-and-dates")
                        .addDeserializer(String.class, new Text())
                        .addDeserializer(LocalDate.class, new Date())
                        .addDeserializer(Instant.class, new Moment()));
    }

    /** A JSON string of well-formed Unicode; numbers, booleans, objects and arrays are not text. */
    static final class Text extends ValueDeserializer<String> {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return ctxt.reportInputMismatch(String.class, "must be a JSON string");
            }
            String text = p.getString();
            return Require.wellFormed(text) ? text : ctxt.reportInputMismatch(String.class, "must be well-formed Unicode text");
        }
    }

    /** An ISO-8601 instant ({@code 2026-03-01T09:30:00Z}) as a JSON string, years 0001-9999; not epoch numbers. */
    static final class Moment extends ValueDeserializer<Instant> {

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                try {
                    Instant instant = Instant.parse(p.getString());
                    int year = instant.atOffset(ZoneOffset.UTC).getYear();
                    if (year > 0 && year < 10_000) {
                        return instant;
                    }
                } catch (DateTimeException e) {
                    // not an instant: refused below like any other
                }
            }
            return ctxt.reportInputMismatch(Instant.class, "must be an instant such as 2026-03-01T09:30:00Z");
        }
    }

    /** {@code yyyy-MM-dd} as a JSON string, years 0001-9999: no expanded years, arrays or epoch days. */
    static final class Date extends ValueDeserializer<LocalDate> {

        private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.hasToken(JsonToken.VALUE_STRING) && ISO_DATE.matcher(p.getString()).matches()) {
                try {
                    LocalDate date = LocalDate.parse(p.getString());
                    if (date.getYear() > 0) {
                        return date;
                    }
                } catch (DateTimeException e) {
                    // an impossible date such as 2026-02-30: refused below like any other
                }
            }
            return ctxt.reportInputMismatch(LocalDate.class, "must be a date such as 2026-03-01");
        }
    }
}
