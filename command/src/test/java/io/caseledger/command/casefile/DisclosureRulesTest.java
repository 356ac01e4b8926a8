package io.caseledger.command.casefile;

import io.caseledger.domain.closure.CaseClosed;
import io.caseledger.domain.closure.ClosureReason;
import io.caseledger.domain.consent.*;
import io.caseledger.domain.referral.*;
import io.caseledger.domain.shared.CommandRejected;
import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static io.caseledger.command.Refusals.refusal;
import static io.caseledger.command.casefile.CaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Consents, and referrals that may only leave the case under a consent that covers them. */
class DisclosureRulesTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final Recipient EASTSIDE = new Recipient("Eastside Behavioral Health", null);
    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = CaseFixtures.newFixture();
    }

    private static ConsentSigned consent(String id, Recipient to, Set<ConsentPurpose> purposes, LocalDate from, LocalDate until) {
        return new ConsentSigned(CASE, id, to, purposes, Set.of(InformationScope.BEHAVIOURAL_HEALTH), from, until, ConsentMethod.WRITTEN, null);
    }

    private static ConsentSigned activeConsent() {
        return consent("c-1", EASTSIDE, Set.of(ConsentPurpose.REFERRAL), TODAY.minusDays(10), TODAY.plusYears(1));
    }

    private static ReferralCreated referral() {
        return new ReferralCreated(CASE, "r-1", ReferralType.BEHAVIOURAL_HEALTH,
                new Recipient("eastside behavioral health ", RecipientCategory.BEHAVIOURAL_HEALTH), null, "Depression follow-up",
                Urgency.ROUTINE, TODAY.plusDays(14));
    }

    /** A refused disclosure is recorded, and answered as a refusal rather than a success. */
    private void expectRefusedSend(Object... given) {
        fixture.given(given).when(new SendReferral(CASE, "r-1", TODAY))
                .expectEvents(new DisclosureRefused(CASE, "r-1", referral().recipient(), "consent-required"))
                .expectResultMessagePayload(new io.caseledger.domain.shared.Refused("consent-required",
                        "No active consent covers this recipient for referral or care coordination."));
    }

    private static final SignConsent SIGN = new SignConsent(CASE, "c-1", EASTSIDE, Set.of(ConsentPurpose.REFERRAL),
            Set.of(InformationScope.BEHAVIOURAL_HEALTH), TODAY.minusDays(10), TODAY.plusYears(1), ConsentMethod.WRITTEN, null);

    @Test
    void a_signed_consent_is_recorded() {
        fixture.given(enrolled("alice")).when(SIGN).expectEvents(activeConsent());
    }

    @Test
    void a_signed_consent_is_recorded_only_once() {
        fixture.given(enrolled("alice"), activeConsent()).when(SIGN).expectNoEvents()
                .expectExceptionDetails(refusal("consent-exists"));
    }

    @Test
    void a_verbal_consent_needs_a_witness_and_every_consent_an_expiry_after_its_start() {
        assertThatThrownBy(() -> new SignConsent(CASE, "c-1", EASTSIDE, Set.of(ConsentPurpose.REFERRAL), Set.of(InformationScope.ALL),
                TODAY, TODAY.plusDays(30), ConsentMethod.VERBAL, null))
                .isInstanceOfSatisfying(CommandRejected.class, e -> assertThat(e.rejection().field()).isEqualTo("witnessedBy"));
        assertThatThrownBy(() -> new SignConsent(CASE, "c-1", EASTSIDE, Set.of(ConsentPurpose.REFERRAL), Set.of(InformationScope.ALL),
                TODAY, TODAY, ConsentMethod.WRITTEN, null))
                .isInstanceOfSatisfying(CommandRejected.class, e -> assertThat(e.rejection().field()).isEqualTo("expiresOn"));
        assertThatThrownBy(() -> new SignConsent(CASE, "c-1", new Recipient(null, null), Set.of(ConsentPurpose.REFERRAL), Set.of(InformationScope.ALL),
                TODAY, TODAY.plusDays(3), ConsentMethod.WRITTEN, null))
                .isInstanceOfSatisfying(CommandRejected.class, e -> assertThat(e.rejection().field()).isEqualTo("recipient"));
    }

    @Test
    void a_consent_is_revoked() {
        fixture.given(enrolled("alice"), activeConsent()).when(new RevokeConsent(CASE, "c-1", "Client withdrew"))
                .expectEvents(new ConsentRevoked(CASE, "c-1", "Client withdrew"));
    }

    @Test
    void a_consent_is_revoked_only_once() {
        fixture.given(enrolled("alice"), activeConsent(), new ConsentRevoked(CASE, "c-1", "x"))
                .when(new RevokeConsent(CASE, "c-1", "again")).expectNoEvents().expectExceptionDetails(refusal("consent-already-revoked"));
    }

    @Test
    void a_consent_that_does_not_exist_is_not_revoked() {
        fixture.given(enrolled("alice")).when(new RevokeConsent(CASE, "c-9", "x")).expectException(AggregateEntityNotFoundException.class);
    }

    @Test
    void a_referral_is_sent_under_the_consent_that_covers_its_recipient() {
        fixture.given(enrolled("alice"), activeConsent(), referral())
                .when(new SendReferral(CASE, "r-1", TODAY))
                .expectEvents(new ReferralSent(CASE, "r-1", "c-1", TODAY));
    }

    @Test
    void a_consent_for_the_recipients_category_covers_it_too() {
        ConsentSigned byCategory = consent("c-2", new Recipient(null, RecipientCategory.BEHAVIOURAL_HEALTH),
                Set.of(ConsentPurpose.CARE_COORDINATION), TODAY.minusDays(1), TODAY.plusDays(1));
        fixture.given(enrolled("alice"), byCategory, referral()).when(new SendReferral(CASE, "r-1", TODAY))
                .expectEvents(new ReferralSent(CASE, "r-1", "c-2", TODAY));
    }

    @Test
    void without_a_covering_consent_a_referral_is_not_sent() {
        expectRefusedSend(enrolled("alice"), referral());
    }

    @Test
    void an_expired_consent_does_not_cover() {
        expectRefusedSend(enrolled("alice"), consent("c-1", EASTSIDE, Set.of(ConsentPurpose.REFERRAL), TODAY.minusYears(1), TODAY.minusDays(1)), referral());
    }

    @Test
    void a_consent_not_yet_in_effect_does_not_cover() {
        expectRefusedSend(enrolled("alice"), consent("c-1", EASTSIDE, Set.of(ConsentPurpose.REFERRAL), TODAY.plusDays(1), TODAY.plusYears(1)), referral());
    }

    @Test
    void a_consent_on_its_expiry_day_still_covers() {
        fixture.given(enrolled("alice"), consent("c-1", EASTSIDE, Set.of(ConsentPurpose.REFERRAL), TODAY.minusYears(1), TODAY), referral())
                .when(new SendReferral(CASE, "r-1", TODAY)).expectEvents(new ReferralSent(CASE, "r-1", "c-1", TODAY));
    }

    @Test
    void a_revoked_consent_does_not_cover() {
        expectRefusedSend(enrolled("alice"), activeConsent(), new ConsentRevoked(CASE, "c-1", "withdrawn"), referral());
    }

    @Test
    void a_consent_for_treatment_only_does_not_cover_a_referral() {
        expectRefusedSend(enrolled("alice"), consent("c-1", EASTSIDE, Set.of(ConsentPurpose.TREATMENT), TODAY.minusDays(1), TODAY.plusDays(9)), referral());
    }

    @Test
    void a_consent_for_another_recipient_does_not_cover() {
        expectRefusedSend(enrolled("alice"), consent("c-1", new Recipient("Westside Clinic", RecipientCategory.PRIMARY_CARE),
                Set.of(ConsentPurpose.REFERRAL), TODAY.minusDays(1), TODAY.plusDays(9)), referral());
    }

    private static final ReferralSent SENT = new ReferralSent(CASE, "r-1", "c-1", TODAY);

    @Test
    void a_referral_not_yet_sent_is_not_accepted() {
        fixture.given(enrolled("alice"), activeConsent(), referral()).when(new AcceptReferral(CASE, "r-1"))
                .expectNoEvents().expectExceptionDetails(refusal("referral-step-not-allowed"));
    }

    @Test
    void an_accepted_referral_books_an_appointment() {
        fixture.given(enrolled("alice"), activeConsent(), referral(), SENT, new ReferralAccepted(CASE, "r-1"))
                .when(new BookReferralAppointment(CASE, "r-1", Instant.parse("2026-12-01T15:00:00Z"), null))
                .expectEvents(new ReferralAppointmentBooked(CASE, "r-1", Instant.parse("2026-12-01T15:00:00Z"), null));
    }

    @Test
    void a_completed_referral_closes_its_loop() {
        fixture.given(enrolled("alice"), activeConsent(), referral(), SENT, new ReferralAccepted(CASE, "r-1"), new ReferralCompleted(CASE, "r-1", "Seen; therapy weekly"))
                .when(new CloseReferralLoop(CASE, "r-1", null)).expectEvents(new ReferralLoopClosed(CASE, "r-1", null));
    }

    @Test
    void a_referral_without_an_outcome_does_not_close_its_loop() {
        fixture.given(enrolled("alice"), activeConsent(), referral(), SENT)
                .when(new CloseReferralLoop(CASE, "r-1", null)).expectNoEvents()
                .expectExceptionDetails(refusal("referral-step-not-allowed"));
    }

    @Test
    void a_cancelled_referral_is_not_completed() {
        fixture.given(enrolled("alice"), activeConsent(), referral(), new ReferralCancelled(CASE, "r-1", "Client declined"))
                .when(new CompleteReferral(CASE, "r-1", "x")).expectNoEvents()
                .expectExceptionDetails(refusal("referral-step-not-allowed"));
    }

    @Test
    void a_declined_referral_closes_its_loop() {
        fixture.given(enrolled("alice"), activeConsent(), referral(), SENT, new ReferralDeclined(CASE, "r-1", "No capacity"))
                .when(new CloseReferralLoop(CASE, "r-1", "Re-referred elsewhere")).expectEvents(new ReferralLoopClosed(CASE, "r-1", "Re-referred elsewhere"));
    }

    @Test
    void prior_authorization_is_not_approved_before_it_is_requested() {
        fixture.given(enrolled("alice"), referral()).when(new ApprovePriorAuthorization(CASE, "r-1", "PA-1", TODAY.plusMonths(3)))
                .expectNoEvents().expectExceptionDetails(refusal("prior-authorization-not-requested"));
    }

    @Test
    void a_requested_prior_authorization_is_denied() {
        fixture.given(enrolled("alice"), referral(), new PriorAuthorizationRequested(CASE, "r-1", "Medicaid"))
                .when(new DenyPriorAuthorization(CASE, "r-1", "Not medically necessary"))
                .expectEvents(new PriorAuthorizationDenied(CASE, "r-1", "Not medically necessary"));
    }

    @Test
    void prior_authorization_is_not_requested_twice() {
        fixture.given(enrolled("alice"), referral(), new PriorAuthorizationRequested(CASE, "r-1", "Medicaid"))
                .when(new RequestPriorAuthorization(CASE, "r-1", "Medicaid")).expectNoEvents()
                .expectExceptionDetails(refusal("prior-authorization-not-needed"));
    }

    private static final CaseClosed CLOSED = new CaseClosed(CASE, ClosureReason.MOVED, null, TODAY);

    @Test
    void a_closed_case_makes_no_new_referrals() {
        fixture.given(enrolled("alice"), CLOSED).when(new CreateReferral(CASE, "r-1", ReferralType.TRANSPORT, EASTSIDE, null, "Rides", null, TODAY))
                .expectNoEvents().expectExceptionDetails(refusal("case-closed"));
    }

    @Test
    void a_closed_case_moves_no_referral() {
        fixture.given(enrolled("alice"), activeConsent(), referral(), SENT, CLOSED)
                .when(new AcceptReferral(CASE, "r-1")).expectNoEvents().expectExceptionDetails(refusal("case-closed"));
    }

    @Test
    void overdue_is_derived_from_the_due_date_while_the_referral_is_open() {
        assertThat(ReferralStatus.SENT.isOverdue(TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(ReferralStatus.SENT.isOverdue(TODAY, TODAY)).isFalse();
        assertThat(ReferralStatus.COMPLETED.isOverdue(TODAY.minusDays(9), TODAY)).isFalse();
    }
}
