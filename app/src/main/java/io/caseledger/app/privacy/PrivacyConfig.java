package io.caseledger.app.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.caseledger.app.storage.SnapshotForms;
import io.caseledger.domain.erasure.RetentionPolicy;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Period;

/** The event serializer that seals personal fields, and the retention rule erasure follows. */
@Configuration(proxyBeanMethods = false)
public class PrivacyConfig {

    @Bean
    PersonalDataCipher personalDataCipher(@Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
        return new PersonalDataCipher(json);
    }

    /** Replaces Axon's default event serializer (it backs off when a bean with this qualifier exists). */
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(@Qualifier("defaultAxonObjectMapper") ObjectMapper json, PersonalDataCipher cipher, SubjectKeys keys) {
        JacksonSerializer jackson = JacksonSerializer.builder()
                .objectMapper(json)
                .revisionResolver(SnapshotForms.revisions(new AnnotationRevisionResolver()))
                .build();
        return new SealingSerializer(jackson, cipher, keys);
    }

    @Bean
    RetentionPolicy retentionPolicy(@Value("${caseledger.privacy.retention:P8Y}") Period retention) {
        return new RetentionPolicy(retention);
    }
}
