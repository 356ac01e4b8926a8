package io.caseledger.app;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/**
 * The application's clock fixed at noon (UTC) on a Wednesday one to two weeks back, so a test can place
 * things in "today" and "this week" without racing midnight, and everything it records is in the past.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

    public static final Instant NOW = LocalDate.now(ZoneOffset.UTC).minusWeeks(1)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY)).atTime(12, 0).toInstant(ZoneOffset.UTC);
    public static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    public static final LocalDate MONDAY = TODAY.minusDays(2);

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** An enrolment into {@code caseManagerId}'s caseload on {@code enrolledOn}, as a supervisor sends it. */
    public static String enrolment(String caseId, String caseManagerId, LocalDate enrolledOn) {
        return Api.enrolment(caseId, "Client", caseId).replace("\"caseId\"",
                "\"caseManagerId\":\"" + caseManagerId + "\",\"enrolledOn\":\"" + enrolledOn + "\",\"caseId\"");
    }
}
