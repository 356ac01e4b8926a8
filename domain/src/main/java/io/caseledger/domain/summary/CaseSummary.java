package io.caseledger.domain.summary;

import io.caseledger.domain.access.CaseRecordAccessed;
import io.caseledger.domain.assignment.CareTeamMemberAdded;
import io.caseledger.domain.assignment.CareTeamMemberRemoved;
import io.caseledger.domain.assignment.CaseTransferred;
import io.caseledger.domain.closure.CaseClosed;
import io.caseledger.domain.closure.CaseReopened;
import io.caseledger.domain.closure.ClosureReason;
import io.caseledger.domain.consent.DisclosureRefused;
import io.caseledger.domain.enrolment.ClientEnrolled;
import io.caseledger.domain.enrolment.PersonalDetails;
import io.caseledger.domain.intake.EligibilityDetermined;
import io.caseledger.domain.intake.InsuranceApplicationAssisted;
import io.caseledger.domain.erasure.PersonalDataErased;
import io.caseledger.domain.intake.ProgrammeReferralReceived;
import io.caseledger.domain.resource.CommunityResourceDeactivated;
import io.caseledger.domain.resource.CommunityResourceRegistered;
import io.caseledger.domain.resource.CommunityResourceUpdated;
import io.caseledger.domain.shared.CaseStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A case as it stands after the events folded into it. {@link #apply} is the only way to change it;
 * feed it a case's events in order, all of them for the live view or those up to an instant or
 * sequence for a point-in-time view. Getters make it serializable as the case detail document.
 */
public class CaseSummary {

    private String caseId;
    private CaseStatus status;
    private PersonalDetails client;
    private String caseManagerId;
    private String intakeTeam;
    private String referralSource;
    private LocalDate referredOn;
    private LocalDate eligibilityDeterminedOn;
    private LocalDate enrolledOn;
    private String preferredLanguage;
    private boolean interpreterNeeded;
    private String insuranceStatus;
    private final List<InsuranceApplicationAssisted> insuranceAssistance = new ArrayList<>();
    private final Map<String, CareTeamMemberAdded> careTeam = new LinkedHashMap<>();
    private ClosureReason closureReason;
    private LocalDate closedOn;
    private final DisclosureSection disclosures = new DisclosureSection();
    private final SchedulingSection scheduling = new SchedulingSection();
    private final RecordSection record = new RecordSection();
    private final ClinicalSection clinical = new ClinicalSection();
    private final CarePlanSection carePlan = new CarePlanSection();
    private long lastSequence = -1;
    private Instant lastEventAt;

    /**
     * Catalogued events the case's page does not show; every other one is folded by this class or a
     * section. {@code CaseSummaryCoversCatalogueTest} folds every catalogued event, so a new event
     * nobody shows fails there instead of silently advancing the version.
     */
    public static final Set<Class<? extends Record>> NOT_SHOWN = Set.of(
            // The refusal is the record's, not the page's: nothing was disclosed and nothing changed.
            DisclosureRefused.class,
            // Erasure turns the personal fields of every other event into "[erased]"; the page needs no section for it.
            PersonalDataErased.class,
            // Not in a case's stream: community resources have their own, and reads are audited outside the case.
            CommunityResourceRegistered.class, CommunityResourceUpdated.class, CommunityResourceDeactivated.class,
            CaseRecordAccessed.class);

    /** Folds one event in; events the summary does not show still advance its version. */
    public boolean apply(Object event, long sequence, Instant timestamp) {
        return apply(event, sequence, timestamp, null);
    }

    /**
     * As {@link #apply(Object, long, Instant)}, knowing the event's id so corrections can point at it.
     * @return whether the page shows the event (false for the {@link #NOT_SHOWN} ones)
     */
    public boolean apply(Object event, long sequence, Instant timestamp, String eventId) {
        boolean shown = fold(event, eventId);
        lastSequence = sequence;
        lastEventAt = timestamp;
        return shown;
    }

    private boolean fold(Object event, String eventId) {
        CaseStatus.after(event).ifPresent(next -> status = next);
        if (event instanceof ProgrammeReferralReceived e) {
            caseId = e.caseId();
            client = e.client();
            referralSource = e.source().name();
            referredOn = e.receivedOn();
            intakeTeam = e.intakeTeam();
        } else if (event instanceof EligibilityDetermined e) {
            eligibilityDeterminedOn = e.determinedOn();
        } else if (event instanceof ClientEnrolled e) {
            caseId = e.caseId();
            client = e.client();
            caseManagerId = e.caseManagerId();
            enrolledOn = e.enrolledOn();
            preferredLanguage = e.preferredLanguage();
            interpreterNeeded = e.interpreterNeeded();
            insuranceStatus = e.insuranceStatus().name();
        } else if (event instanceof InsuranceApplicationAssisted e) {
            insuranceAssistance.add(e);
        } else if (event instanceof CaseTransferred e) {
            caseManagerId = e.toCaseManagerId();
        } else if (event instanceof CareTeamMemberAdded e) {
            careTeam.put(e.memberId(), e);
        } else if (event instanceof CareTeamMemberRemoved e) {
            careTeam.remove(e.memberId());
        } else if (event instanceof CaseClosed e) {
            closureReason = e.closureReason();
            closedOn = e.closedOn();
        } else if (event instanceof CaseReopened) {
            closureReason = null;
            closedOn = null;
        } else {
            return disclosures.apply(event) || scheduling.apply(event) || clinical.apply(event) || carePlan.apply(event)
                    || record.apply(event, eventId);
        }
        return true;
    }

    public String getCaseId() { return caseId; }
    public CaseStatus getStatus() { return status; }
    public PersonalDetails getClient() { return client; }
    /** "Family, Given", as caseloads list the client; derived here, never stored in an event. */
    public String getClientName() { return client == null ? null : client.displayName(); }
    public String getCaseManagerId() { return caseManagerId; }
    /** The team whose intake queue received the referral; who may see the case until a case manager has it. */
    public String getIntakeTeam() { return intakeTeam; }
    public String getReferralSource() { return referralSource; }
    public LocalDate getReferredOn() { return referredOn; }
    public LocalDate getEligibilityDeterminedOn() { return eligibilityDeterminedOn; }
    public LocalDate getEnrolledOn() { return enrolledOn; }
    public String getPreferredLanguage() { return preferredLanguage; }
    public boolean isInterpreterNeeded() { return interpreterNeeded; }
    public String getInsuranceStatus() { return insuranceStatus; }
    public List<InsuranceApplicationAssisted> getInsuranceAssistance() { return List.copyOf(insuranceAssistance); }
    public List<CareTeamMemberAdded> getCareTeam() { return List.copyOf(careTeam.values()); }
    public ClosureReason getClosureReason() { return closureReason; }
    public LocalDate getClosedOn() { return closedOn; }
    /** Consents and referrals out. */
    public DisclosureSection getDisclosures() { return disclosures; }
    /** Appointments, follow-up tasks, admissions and discharges. */
    public SchedulingSection getScheduling() { return scheduling; }
    /** Assessments (series for trend charts), measurement-based care milestones, flags, needs domains. */
    public ClinicalSection getClinical() { return clinical; }
    /** Goals, interventions, barriers, reviews, follow-up schedule, self-management plan. */
    public CarePlanSection getCarePlan() { return carePlan; }
    /** Contacts, notes and corrections. */
    public RecordSection getRecord() { return record; }
    /** Sequence number of the last event folded in: the version of the record shown. */
    public long getLastSequence() { return lastSequence; }
    public Instant getLastEventAt() { return lastEventAt; }
}
