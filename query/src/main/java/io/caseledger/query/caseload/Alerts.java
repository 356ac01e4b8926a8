package io.caseledger.query.caseload;

import io.caseledger.projections.caseload.CaseloadRow.Appointment;
import io.caseledger.projections.caseload.CaseloadRow.Consent;
import io.caseledger.projections.caseload.CaseloadRow.Referral;
import io.caseledger.projections.caseload.CaseloadRow.Task;
import io.caseledger.domain.assessment.NeedsDomain;
import io.caseledger.domain.appointment.AppointmentStatus;
import io.caseledger.projections.caseload.CaseloadRow;
import org.bson.Document;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Computes a case's alerts from the facts its caseload row stores and today's date. Nothing here is
 * stored: an alert whose due date passed since the last event shows as soon as anyone asks.
 */
public final class Alerts {

    private static final int NEEDS_DOMAINS = NeedsDomain.values().length;

    private Alerts() {
    }

    public static List<Alert> of(Document row, LocalDate today, AlertThresholds t) {
        List<Alert> alerts = new ArrayList<>();
        if (row.getBoolean(CaseloadRow.SAFETY_OPEN, false)) {
            alerts.add(new Alert(Alert.Kind.SAFETY_FLAG_OPEN, flaggedOn(row, CaseloadRow.SAFETY_SINCE), null));
        }
        if (row.getBoolean(CaseloadRow.NOT_IMPROVING, false)) {
            alerts.add(new Alert(Alert.Kind.NOT_IMPROVING, flaggedOn(row, CaseloadRow.NOT_IMPROVING_SINCE), null));
        }
        Map<String, Document> tasks = map(row, CaseloadRow.TASKS);
        for (Document task : tasks.values()) {
            LocalDate due = LocalDate.parse(task.getString(Task.DUE_ON));
            if (!task.getBoolean(Task.DONE, false) && today.isAfter(due)) {
                alerts.add(new Alert("POST_DISCHARGE".equals(task.getString(Task.REASON))
                        ? Alert.Kind.POST_DISCHARGE_FOLLOW_UP_OVERDUE : Alert.Kind.FOLLOW_UP_OVERDUE, due, task.getString(Task.ID)));
            }
        }
        for (Document appointment : map(row, CaseloadRow.APPOINTMENTS).values()) {
            String id = appointment.getString(Appointment.ID);
            boolean followedUp = tasks.values().stream().anyMatch(task -> id.equals(task.getString(Task.APPOINTMENT_ID)));
            if (AppointmentStatus.MISSED.name().equals(appointment.getString(Appointment.STATUS)) && !followedUp) {
                alerts.add(new Alert(Alert.Kind.MISSED_APPOINTMENT_WITHOUT_FOLLOW_UP, day(appointment.getDate(Appointment.AT)), id));
            }
        }
        String enrolledSince = row.getString(CaseloadRow.ENROLLED_SINCE);
        Date lastContact = row.getDate(CaseloadRow.LAST_CONTACT);
        LocalDate contactClock = lastContact != null ? day(lastContact) : enrolledSince == null ? null : LocalDate.parse(enrolledSince);
        if (contactClock != null && today.isAfter(contactClock.plusDays(t.noContactDays()))) {
            alerts.add(new Alert(Alert.Kind.NO_RECENT_CONTACT, contactClock.plusDays(t.noContactDays()), null));
        }
        consents(row, today, t, alerts);
        for (Map.Entry<String, Document> referral : map(row, CaseloadRow.REFERRALS).entrySet()) {
            LocalDate due = LocalDate.parse(referral.getValue().getString(Referral.DUE_BY));
            if (referral.getValue().getBoolean(Referral.OPEN, false) && today.isAfter(due)) {
                alerts.add(new Alert(Alert.Kind.REFERRAL_OVERDUE, due, referral.getKey()));
            }
        }
        String clockStart = row.getString(CaseloadRow.CLOCK_START);
        List<?> domains = row.getList(CaseloadRow.NEEDS_DOMAINS, String.class, List.of());
        if (clockStart != null && domains.size() < NEEDS_DOMAINS
                && today.isAfter(LocalDate.parse(clockStart).plusDays(t.initialAssessmentDays()))) {
            alerts.add(new Alert(Alert.Kind.INITIAL_ASSESSMENT_OVERDUE, LocalDate.parse(clockStart).plusDays(t.initialAssessmentDays()), null));
        }
        alerts.sort(Comparator.comparing(Alert::kind));
        return alerts;
    }

    /** Expiring when the last consent in force ends within the window; expired when none is in force any more. */
    private static void consents(Document row, LocalDate today, AlertThresholds t, List<Alert> alerts) {
        Map<String, Document> consents = map(row, CaseloadRow.CONSENTS);
        if (consents.isEmpty()) {
            return;
        }
        LocalDate latestInForce = null;
        LocalDate latestEnded = null;
        for (Document c : consents.values()) {
            LocalDate from = LocalDate.parse(c.getString(Consent.EFFECTIVE_ON));
            LocalDate until = LocalDate.parse(c.getString(Consent.EXPIRES_ON));
            boolean inForce = !c.getBoolean(Consent.REVOKED, false) && !today.isBefore(from) && !today.isAfter(until);
            if (inForce && (latestInForce == null || until.isAfter(latestInForce))) {
                latestInForce = until;
            } else if (!inForce && today.isAfter(until) && (latestEnded == null || until.isAfter(latestEnded))) {
                latestEnded = until;
            }
        }
        if (latestInForce != null && !today.plusDays(t.consentExpiringDays()).isBefore(latestInForce)) {
            alerts.add(new Alert(Alert.Kind.CONSENT_EXPIRING, latestInForce, null));
        } else if (latestInForce == null && latestEnded != null) {
            alerts.add(new Alert(Alert.Kind.CONSENT_EXPIRED, latestEnded.plusDays(1), null));
        }
    }

    /** A row written before flags kept their day has none until the caseload projection is rebuilt. */
    private static LocalDate flaggedOn(Document row, String field) {
        String day = row.getString(field);
        return day == null ? null : LocalDate.parse(day);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Document> map(Document row, String field) {
        Object value = row.get(field);
        return value instanceof Document d ? (Map<String, Document>) (Map<?, ?>) d : Map.of();
    }

    private static LocalDate day(Date date) {
        return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
