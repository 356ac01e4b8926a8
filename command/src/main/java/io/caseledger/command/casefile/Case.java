package io.caseledger.command.casefile;

import io.caseledger.domain.assignment.*;
import io.caseledger.domain.closure.*;
import io.caseledger.domain.enrolment.ClientEnrolled;
import io.caseledger.domain.enrolment.EnrolClient;
import io.caseledger.domain.intake.*;
import io.caseledger.domain.shared.CaseStatus;
import io.caseledger.domain.shared.CommandRejected;
import io.caseledger.domain.shared.MetadataKeys;
import io.caseledger.domain.shared.Require;
import io.caseledger.domain.shared.Role;
import io.caseledger.domain.shared.StreamType;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import io.caseledger.domain.scope.CaseScope;
import io.caseledger.domain.scope.TeamRoster;
import io.caseledger.domain.scope.Viewer;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A client's case: decides every command against the case's history. The root owns the case's
 * life (intake, enrolment, assignment, closure); its members own the rest: {@link Disclosures}
 * (consents, referrals), {@link Scheduling} (appointments, tasks, transitions of care),
 * {@link RunningRecord} (contacts, notes, corrections), {@link Clinical}, {@link CarePlan} and {@link Erasure}.
 */
@Aggregate(type = StreamType.CASE, cache = "caseCache", snapshotTriggerDefinition = "caseSnapshots")
public class Case {

    @AggregateIdentifier
    private String caseId;
    private CaseStatus status;
    private String caseManagerId;
    private String intakeTeam;
    private final Set<String> careTeam = new HashSet<>();
    @AggregateMember
    private final Disclosures disclosures = new Disclosures(this);
    @AggregateMember
    private final Scheduling scheduling = new Scheduling(this);
    @AggregateMember
    private final RunningRecord record = new RunningRecord(this);
    @AggregateMember
    private final Clinical clinical = new Clinical(this);
    @AggregateMember
    private final CarePlan carePlan = new CarePlan(this);
    @AggregateMember
    private final Erasure erasure = new Erasure();

    protected Case() {
        // Axon rebuilds the aggregate from its events.
    }

    /**
     * Caseload scope for case managers and supervisors (see {@link CaseScope}): a case outside it
     * answers 404, as if it did not exist, so its existence is not disclosed either. Other roles are
     * limited by the commands their routes allow; messages without an actor come from policies,
     * which carry the metadata of the event they react to. An erased case takes no command at all.
     */
    @CommandHandlerInterceptor
    Object withinCaseloadScope(CommandMessage<?> command, InterceptorChain chain, TeamRoster roster) throws Exception {
        Viewer viewer = Viewer.of(command.getMetaData()).orElse(null);
        boolean scoped = viewer != null && (viewer.is(Role.CASE_MANAGER) || viewer.is(Role.SUPERVISOR));
        if (scoped && status != null && !CaseScope.canAct(viewer, caseManagerId, intakeTeam, roster)) {
            throw CommandRejected.noSuchCase();
        }
        if (erasure.isErased()) {
            throw CommandRejected.rule("case-erased", "The client's personal data was erased; the case takes no further entries.");
        }
        return chain.proceed();
    }

    /** The referral joins the intake queue of the receiver's team. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReceiveProgrammeReferral command, MetaData metaData, Clock clock) {
        LocalDate receivedOn = Require.pastDate("receivedOn", command.receivedOn(), clock);
        Require.pastDate("client.dateOfBirth", command.client().dateOfBirth(), clock);
        if (status != null) {
            throw CommandRejected.conflict("case-already-exists", "A case with this id already exists.");
        }
        apply(new ProgrammeReferralReceived(command.caseId(), command.client(), command.source(),
                command.referringOrganisation(), command.reasonForReferral(), receivedOn,
                Viewer.of(metaData).map(Viewer::team).orElse(null)));
    }

    @CommandHandler
    public void handle(DetermineEligibility command, Clock clock) {
        LocalDate determinedOn = Require.pastDate("determinedOn", command.determinedOn(), clock);
        if (status != CaseStatus.REFERRED && status != CaseStatus.ELIGIBLE && status != CaseStatus.INELIGIBLE) {
            throw CommandRejected.rule("eligibility-after-enrolment", "Eligibility is decided before enrolment.");
        }
        apply(new EligibilityDetermined(caseId, command.eligible(), command.reason(), determinedOn));
    }

    /**
     * Enrolment opens a new stream for a walk-in client, or follows a positive eligibility decision
     * on a referred case, so it is create-if-missing rather than a constructor.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(EnrolClient command, Clock clock) {
        LocalDate enrolledOn = Require.pastDate("enrolledOn", command.enrolledOn(), clock);
        Require.pastDate("client.dateOfBirth", command.client().dateOfBirth(), clock);
        if (status == CaseStatus.ENROLLED) {
            throw CommandRejected.conflict("case-already-enrolled", "The case is already enrolled.");
        }
        if (status == CaseStatus.REFERRED) {
            throw CommandRejected.rule("eligibility-not-determined", "Determine eligibility before enrolling a referred client.");
        }
        if (status == CaseStatus.INELIGIBLE) {
            throw CommandRejected.rule("client-ineligible", "The client was found ineligible.");
        }
        if (status == CaseStatus.CLOSED) {
            throw CommandRejected.rule("case-closed", "The case is closed; reopen it instead.");
        }
        apply(new ClientEnrolled(command.caseId(), command.client(), command.caseManagerId(),
                command.preferredLanguage(), command.interpreterNeeded(), command.insuranceStatus(),
                enrolledOn));
    }

    @CommandHandler
    public void handle(RecordInsuranceAssistance command, Clock clock) {
        requireOpen();
        LocalDate assistedOn = Require.pastDate("assistedOn", command.assistedOn(), clock);
        apply(new InsuranceApplicationAssisted(caseId, command.programme(), command.status(), assistedOn));
    }

    @CommandHandler
    public void handle(TransferCase command) {
        requireEnrolled();
        if (command.toCaseManagerId().equals(caseManagerId)) {
            throw CommandRejected.rule("same-case-manager", "The case is already with that case manager.");
        }
        apply(new CaseTransferred(caseId, caseManagerId, command.toCaseManagerId(), command.reason()));
    }

    @CommandHandler
    public void handle(AddCareTeamMember command) {
        requireOpen();
        if (careTeam.contains(command.memberId())) {
            throw CommandRejected.conflict("care-team-member-exists", "That care team member is already on the team.");
        }
        apply(new CareTeamMemberAdded(caseId, command.memberId(), command.role(), command.name(),
                command.organisation(), command.contact()));
    }

    @CommandHandler
    public void handle(RemoveCareTeamMember command) {
        if (!careTeam.contains(command.memberId())) {
            throw CommandRejected.notFound("care-team-member-not-found", "No such care team member.");
        }
        apply(new CareTeamMemberRemoved(caseId, command.memberId(), command.reason()));
    }

    @CommandHandler
    public void handle(CloseCase command, Clock clock) {
        LocalDate closedOn = Require.pastDate("closedOn", command.closedOn(), clock);
        if (status == CaseStatus.CLOSED) {
            throw CommandRejected.conflict("case-already-closed", "The case is already closed.");
        }
        apply(new CaseClosed(caseId, command.closureReason(), command.note(), closedOn));
    }

    @CommandHandler
    public void handle(ReopenCase command) {
        if (status != CaseStatus.CLOSED) {
            throw CommandRejected.rule("case-not-closed", "Only a closed case can be reopened.");
        }
        apply(new CaseReopened(caseId, command.reason()));
    }

    /** What the case decides with, as a value: Axon stores it as the case's snapshot (see {@link CaseSnapshot}). */
    public CaseSnapshot snapshot() {
        return new CaseSnapshot(caseId, status, caseManagerId, intakeTeam, CaseSnapshot.sorted(careTeam),
                disclosures.consentStates(), disclosures.referralStates(), scheduling.appointmentStates(),
                scheduling.taskStates(), record.entryStates(), record.enteredInError(), clinical.assessments(),
                clinical.episodes(), clinical.safetyConcernOpen(), carePlan.goalStates(), carePlan.barriers(),
                erasure.closedOn(), erasure.isErased());
    }

    private void restore(CaseSnapshot s) {
        caseId = s.caseId();
        status = s.status();
        caseManagerId = s.caseManagerId();
        intakeTeam = s.intakeTeam();
        careTeam.clear();
        careTeam.addAll(s.careTeam());
        disclosures.restore(s);
        scheduling.restore(s);
        record.restore(s);
        clinical.restore(s);
        carePlan.restore(s);
        erasure.restore(s);
    }

    /** Work on a case (appointments, referrals, notes...) needs it to be open: referred, eligible or enrolled. */
    void requireOpen() {
        if (status == CaseStatus.CLOSED || status == CaseStatus.INELIGIBLE) {
            throw CommandRejected.rule("case-closed", "The case is closed.");
        }
    }

    void requireEnrolled() {
        if (status != CaseStatus.ENROLLED) {
            throw CommandRejected.rule("case-not-enrolled", "The client is not enrolled.");
        }
    }

    /**
     * The status follows {@link CaseStatus#after}, the one event -> status mapping (the summary folds
     * the same); the rest is who has the case. One handler for every event, so a new status-moving
     * event cannot be missed here.
     */
    @EventSourcingHandler
    void on(Object event) {
        CaseStatus.after(event).ifPresent(next -> status = next);
        if (event instanceof CaseSnapshot s) {
            restore(s);
        } else if (event instanceof ProgrammeReferralReceived e) {
            caseId = e.caseId();
            intakeTeam = e.intakeTeam();
        } else if (event instanceof ClientEnrolled e) {
            caseId = e.caseId();
            caseManagerId = e.caseManagerId();
        } else if (event instanceof CaseTransferred e) {
            caseManagerId = e.toCaseManagerId();
        } else if (event instanceof CareTeamMemberAdded e) {
            careTeam.add(e.memberId());
        } else if (event instanceof CareTeamMemberRemoved e) {
            careTeam.remove(e.memberId());
        }
    }
}
