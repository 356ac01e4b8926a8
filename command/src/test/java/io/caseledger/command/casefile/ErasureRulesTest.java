package io.caseledger.command.casefile;

import io.caseledger.domain.closure.CaseClosed;
import io.caseledger.domain.closure.ClosureReason;
import io.caseledger.domain.closure.ReopenCase;
import io.caseledger.domain.contact.WriteCaseNote;
import io.caseledger.domain.erasure.ErasePersonalData;
import io.caseledger.domain.erasure.ErasureBasis;
import io.caseledger.domain.erasure.PersonalDataErased;
import io.caseledger.domain.erasure.RetentionPolicy;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

import static io.caseledger.command.Refusals.refusal;
import static io.caseledger.command.casefile.CaseFixtures.CASE;
import static io.caseledger.command.casefile.CaseFixtures.enrolled;

class ErasureRulesTest {

    private static final LocalDate CLOSED = LocalDate.of(2018, 3, 1);
    private FixtureConfiguration<Case> fixture;

    private void at(LocalDate today) {
        fixture = CaseFixtures.newFixture(Clock.fixed(Instant.parse(today + "T12:00:00Z"), ZoneOffset.UTC));
        fixture.registerInjectableResource(new RetentionPolicy(Period.ofYears(8)));
    }

    @BeforeEach
    void today() {
        at(LocalDate.of(2026, 3, 1));
    }

    private static ErasePersonalData erase() {
        return new ErasePersonalData(CASE, ErasureBasis.RETENTION_PERIOD_ENDED, "RR-2026-014");
    }

    @Test
    void erasure_is_allowed_on_the_day_the_retention_period_ends() {
        fixture.given(enrolled("alice"), new CaseClosed(CASE, ClosureReason.GOALS_MET, null, CLOSED))
                .when(erase())
                .expectEvents(new PersonalDataErased(CASE, ErasureBasis.RETENTION_PERIOD_ENDED, "RR-2026-014", LocalDate.of(2026, 3, 1)));
    }

    @Test
    void erasure_is_refused_the_day_before_the_retention_period_ends() {
        at(LocalDate.of(2026, 2, 28));
        fixture.given(enrolled("alice"), new CaseClosed(CASE, ClosureReason.GOALS_MET, null, CLOSED))
                .when(erase())
                .expectNoEvents().expectExceptionDetails(refusal("retention-period-not-passed"));
    }

    @Test
    void an_open_case_is_never_erased() {
        fixture.given(enrolled("alice"))
                .when(erase())
                .expectNoEvents().expectExceptionDetails(refusal("case-not-closed"));
    }

    @Test
    void an_erased_case_is_not_reopened() {
        fixture.given(enrolled("alice"), new CaseClosed(CASE, ClosureReason.GOALS_MET, null, CLOSED),
                        new PersonalDataErased(CASE, ErasureBasis.RETENTION_PERIOD_ENDED, "RR-2026-014", LocalDate.of(2026, 3, 1)))
                .when(new ReopenCase(CASE, "client returned"))
                .expectNoEvents().expectExceptionDetails(refusal("case-erased"));
    }

    @Test
    void an_erased_case_takes_no_note() {
        fixture.given(enrolled("alice"), new CaseClosed(CASE, ClosureReason.GOALS_MET, null, CLOSED),
                        new PersonalDataErased(CASE, ErasureBasis.RETENTION_PERIOD_ENDED, "RR-2026-014", LocalDate.of(2026, 3, 1)))
                .when(new WriteCaseNote(CASE, "n-9", "late note"))
                .expectNoEvents().expectExceptionDetails(refusal("case-erased"));
    }
}
