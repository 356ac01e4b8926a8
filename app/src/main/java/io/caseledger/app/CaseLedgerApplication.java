package io.caseledger.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import io.caseledger.domain.assessment.MeasurementRules;
import io.caseledger.query.caseload.AlertThresholds;
import io.caseledger.query.team.CapacityBand;
import org.springframework.beans.factory.annotation.Value;

import java.time.Clock;

/** The runnable assembly: HTTP API, security, and the wiring of Axon to its event store. */
@SpringBootApplication(scanBasePackages = "io.caseledger")
@ConfigurationPropertiesScan("io.caseledger")
public class CaseLedgerApplication {

    /** The time rules are judged by; aggregates receive it as a handler parameter, tests substitute it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Measurement-based care thresholds, {@code caseledger.measurement.*}; handlers receive them as a resource. */
    @Bean
    MeasurementRules measurementRules(MeasurementSettings settings) {
        return settings.rules();
    }

    /** Alert thresholds, {@code caseledger.alerts.*}: no-contact days, consent-expiring window, assessment days. */
    @Bean
    AlertThresholds alertThresholds(@Value("${caseledger.alerts.no-contact-days:30}") int noContactDays,
                                    @Value("${caseledger.alerts.consent-expiring-days:30}") int consentExpiringDays,
                                    @Value("${caseledger.alerts.initial-assessment-days:30}") int initialAssessmentDays) {
        return new AlertThresholds(noContactDays, consentExpiringDays, initialAssessmentDays);
    }

    /** The open-case band each case manager is judged against in the team view, {@code caseledger.caseload.capacity.*}. */
    @Bean
    CapacityBand capacityBand(@Value("${caseledger.caseload.capacity.min:50}") int min,
                              @Value("${caseledger.caseload.capacity.max:70}") int max) {
        return new CapacityBand(min, max);
    }

    public static void main(String[] args) {
        SpringApplication.run(CaseLedgerApplication.class, args);
    }
}
