package io.caseledger.command.casefile;

import io.caseledger.domain.enrolment.ClientEnrolled;
import io.caseledger.domain.enrolment.InsuranceStatus;
import io.caseledger.domain.enrolment.PersonalDetails;
import io.caseledger.domain.intake.ProgrammeReferralReceived;
import io.caseledger.domain.intake.ReferralSource;
import io.caseledger.domain.shared.MetadataKeys;
import io.caseledger.domain.scope.TeamRoster;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.util.Map;

import java.time.Clock;
import java.time.LocalDate;

/** Events and metadata that many rule tests start from. */
final class CaseFixtures {

    static final String CASE = "case-1";
    static final PersonalDetails ADA = new PersonalDetails("Ada", "Lovelace", LocalDate.of(1980, 12, 10));

    private CaseFixtures() {
    }

    static ClientEnrolled enrolled(String caseManager) {
        return new ClientEnrolled(CASE, ADA, caseManager, "en", false, InsuranceStatus.INSURED, LocalDate.of(2026, 1, 5));
    }

    /** A referral received by team north's intake queue. */
    static ProgrammeReferralReceived referred() {
        return new ProgrammeReferralReceived(CASE, ADA, ReferralSource.EMERGENCY_DEPARTMENT, "City ED", null,
                LocalDate.of(2026, 1, 2), "north");
    }

    /** alice and bob work in team north, carol in team south. */
    static final TeamRoster ROSTER = TeamRoster.of(Map.of("alice", "north", "bob", "north", "carol", "south"));

    /** On the system clock: dates left out of a command are today's. */
    static AggregateTestFixture<Case> newFixture() {
        return newFixture(Clock.systemUTC());
    }

    /** Handlers take the application's clock (for "today" and "not in the future"); the first clock registered is the one they get. */
    static AggregateTestFixture<Case> newFixture(Clock clock) {
        AggregateTestFixture<Case> fixture = new AggregateTestFixture<>(Case.class);
        fixture.registerInjectableResource(ROSTER);
        fixture.registerInjectableResource(clock);
        return fixture;
    }

    static MetaData actingAs(String user, String role) {
        return MetaData.with(MetadataKeys.USER, user).and(MetadataKeys.ROLE, role);
    }

    static MetaData actingAs(String user, String role, String team, String covers) {
        MetaData metaData = actingAs(user, role).and(MetadataKeys.TEAM, team);
        return covers == null ? metaData : metaData.and(MetadataKeys.COVERS, covers);
    }
}
