package io.caseledger.bench;

import io.caseledger.domain.appointment.AppointmentKept;
import io.caseledger.domain.appointment.AppointmentMissed;
import io.caseledger.domain.appointment.AppointmentScheduled;
import io.caseledger.domain.assessment.AssessmentScored;
import io.caseledger.domain.assessment.Instrument;
import io.caseledger.domain.assessment.Severity;
import io.caseledger.domain.careplan.CarePlanGoalSet;
import io.caseledger.domain.consent.ConsentMethod;
import io.caseledger.domain.consent.ConsentPurpose;
import io.caseledger.domain.consent.ConsentSigned;
import io.caseledger.domain.consent.InformationScope;
import io.caseledger.domain.consent.Recipient;
import io.caseledger.domain.consent.RecipientCategory;
import io.caseledger.domain.contact.CaseNoteWritten;
import io.caseledger.domain.contact.ContactMode;
import io.caseledger.domain.contact.ContactOutcome;
import io.caseledger.domain.contact.ContactRecorded;
import io.caseledger.domain.enrolment.ClientEnrolled;
import io.caseledger.domain.enrolment.EnrolClient;
import io.caseledger.domain.referral.ReferralCompleted;
import io.caseledger.domain.referral.ReferralCreated;
import io.caseledger.domain.referral.ReferralSent;
import io.caseledger.domain.referral.ReferralType;
import io.caseledger.domain.referral.Urgency;
import io.caseledger.domain.task.FollowUpTaskCompleted;
import io.caseledger.domain.task.FollowUpTaskCreated;
import io.caseledger.domain.task.TaskReason;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The events of made-up cases some weeks into the programme, about 20 each, in the mix a care
 * manager's records have: enrolment, a release of information, PHQ-9 and GAD-7 baselines and a
 * follow-up PHQ-9 (some improving, some not), a care-plan goal, a referral sent under the consent,
 * appointments kept and missed with the follow-up task a miss makes, contacts and a case note.
 * The events are what the case aggregate would have decided; the harness stores them directly because
 * a realistic history for 100,000 cases could not be typed in through the command API in a benchmark's time.
 * A fixed seed makes every run store the same population.
 */
final class CaseLives {

    private static final String[] CLINICS = {"Riverside Health Centre", "Northgate Surgery", "Elm Street Clinic", "Harbour Medical Practice"};

    private final Random random = new Random(20261201L);
    private final SyntheticClients clients = new SyntheticClients();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    /** One case's events in the order they happened, for the given case manager. */
    List<Object> next(String caseManagerId) {
        EnrolClient enrolment = clients.next();
        String caseId = UUID.randomUUID().toString();
        LocalDate enrolledOn = today.minusDays(20 + random.nextInt(160));
        List<Object> events = new ArrayList<>(24);
        events.add(new ClientEnrolled(caseId, enrolment.client(), caseManagerId, enrolment.preferredLanguage(),
                enrolment.interpreterNeeded(), enrolment.insuranceStatus(), enrolledOn));
        String consentId = UUID.randomUUID().toString();
        Recipient clinic = new Recipient(CLINICS[random.nextInt(CLINICS.length)], RecipientCategory.BEHAVIOURAL_HEALTH);
        events.add(new ConsentSigned(caseId, consentId, clinic, Set.of(ConsentPurpose.CARE_COORDINATION, ConsentPurpose.REFERRAL),
                Set.of(InformationScope.DEMOGRAPHICS, InformationScope.ASSESSMENTS, InformationScope.CARE_PLAN),
                enrolledOn, enrolledOn.plusDays(300 + random.nextInt(100)), ConsentMethod.WRITTEN, caseManagerId));
        int baseline = 8 + random.nextInt(18);
        events.add(assessment(caseId, Instrument.PHQ9, baseline, enrolledOn.plusDays(random.nextInt(10))));
        events.add(assessment(caseId, Instrument.GAD7, 5 + random.nextInt(15), enrolledOn.plusDays(random.nextInt(10))));
        events.add(new CarePlanGoalSet(caseId, UUID.randomUUID().toString(), "Attend counselling sessions fortnightly",
                1, "Prefers afternoon appointments", null, enrolledOn.plusDays(90)));
        String referralId = UUID.randomUUID().toString();
        events.add(new ReferralCreated(caseId, referralId, ReferralType.BEHAVIOURAL_HEALTH, clinic, null,
                "Counselling for low mood", Urgency.ROUTINE, enrolledOn.plusDays(30)));
        events.add(new ReferralSent(caseId, referralId, consentId, enrolledOn.plusDays(2)));
        appointments(caseId, enrolledOn, events);
        contacts(caseId, enrolledOn, events);
        // Most improve by the follow-up at 8-12 weeks; about a quarter do not, which the alerts pick up.
        int followUp = random.nextInt(4) == 0 ? baseline - random.nextInt(3) : Math.max(0, baseline - 4 - random.nextInt(10));
        events.add(assessment(caseId, Instrument.PHQ9, followUp, enrolledOn.plusDays(56 + random.nextInt(28))));
        events.add(new CaseNoteWritten(caseId, UUID.randomUUID().toString(), "Discussed progress towards the care-plan goal."));
        if (random.nextBoolean()) {
            events.add(new ReferralCompleted(caseId, referralId, "Seen for assessment"));
        }
        return events;
    }

    /** Two past appointments (one kept, one missed with its follow-up task) and one to come. */
    private void appointments(String caseId, LocalDate enrolledOn, List<Object> events) {
        String kept = UUID.randomUUID().toString();
        String missed = UUID.randomUUID().toString();
        Instant first = at(enrolledOn.plusDays(7));
        Instant second = at(enrolledOn.plusDays(14 + random.nextInt(5)));
        events.add(new AppointmentScheduled(caseId, kept, "Counsellor", CLINICS[0], first, "Room 2", false, "Counselling", null));
        events.add(new AppointmentScheduled(caseId, missed, "Counsellor", CLINICS[0], second, "Room 2", false, "Counselling", null));
        events.add(new AppointmentKept(caseId, kept));
        events.add(new AppointmentMissed(caseId, missed, second));
        String task = UUID.randomUUID().toString();
        LocalDate due = LocalDate.ofInstant(second, ZoneOffset.UTC).plusDays(2);
        events.add(new FollowUpTaskCreated(caseId, task, TaskReason.MISSED_APPOINTMENT, due, missed, null));
        if (random.nextInt(10) < 7) {
            events.add(new FollowUpTaskCompleted(caseId, task, "Rebooked"));
        }
        events.add(new AppointmentScheduled(caseId, UUID.randomUUID().toString(), "Care manager", null,
                at(today.plusDays(1 + random.nextInt(21))), null, random.nextBoolean(), "Care-plan review", null));
    }

    private void contacts(String caseId, LocalDate enrolledOn, List<Object> events) {
        long days = Math.max(1, ChronoUnit.DAYS.between(enrolledOn, today));
        for (int i = 0; i < 4; i++) {
            boolean reached = random.nextInt(10) < 7;
            events.add(new ContactRecorded(caseId, UUID.randomUUID().toString(), ContactMode.values()[random.nextInt(3)],
                    reached ? ContactOutcome.SUCCESSFUL : ContactOutcome.ATTEMPTED,
                    at(enrolledOn.plusDays(days * (i + 1) / 5)), reached ? 10 + random.nextInt(30) : null, null));
        }
    }

    private AssessmentScored assessment(String caseId, Instrument instrument, int total, LocalDate on) {
        List<Integer> items = new ArrayList<>();
        int left = Math.min(total, instrument.maxTotal());
        for (int i = 0; i < instrument.items(); i++) {
            // Item 9 (thoughts of self-harm) stays 0 here: safety flags come from their own events.
            int item = instrument == Instrument.PHQ9 && i == 8 ? 0 : Math.min(3, left);
            items.add(item);
            left -= item;
        }
        int scored = items.stream().mapToInt(Integer::intValue).sum();
        return new AssessmentScored(caseId, UUID.randomUUID().toString(), instrument, items, scored, severity(scored),
                on.isAfter(today) ? today : on);
    }

    private static Severity severity(int total) {
        return total < 5 ? Severity.MINIMAL : total < 10 ? Severity.MILD : total < 15 ? Severity.MODERATE
                : total < 20 ? Severity.MODERATELY_SEVERE : Severity.SEVERE;
    }

    private Instant at(LocalDate day) {
        return day.atTime(9 + random.nextInt(8), 0).toInstant(ZoneOffset.UTC);
    }
}
