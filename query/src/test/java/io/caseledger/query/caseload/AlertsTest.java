package io.caseledger.query.caseload;

import io.caseledger.projections.caseload.CaseloadRow;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.caseledger.query.caseload.Alert.Kind.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Alerts from stored facts and a controlled "today", at each threshold's boundary. */
class AlertsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static List<Alert.Kind> kinds(Document row, LocalDate today) {
        return Alerts.of(row, today, AlertThresholds.DEFAULT).stream().map(Alert::kind).toList();
    }

    private static Document row() {
        return new Document(CaseloadRow.ENROLLED_SINCE, TODAY.minusDays(10).toString())
                .append(CaseloadRow.LAST_CONTACT, Date.from(TODAY.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    private static Document task(String id, String reason, LocalDate due, boolean done, String appointmentId) {
        return new Document("taskId", id).append("reason", reason).append("dueOn", due.toString()).append("done", done).append("appointmentId", appointmentId);
    }

    @Test
    void a_quiet_case_has_no_alerts() {
        assertThat(kinds(row(), TODAY)).isEmpty();
    }

    @Test
    void a_follow_up_is_overdue_the_day_after_it_was_due_unless_done() {
        Document row = row().append(CaseloadRow.TASKS, new Document("t1", task("t1", "OTHER", TODAY, false, null)));
        assertThat(kinds(row, TODAY)).isEmpty();
        assertThat(kinds(row, TODAY.plusDays(1))).containsExactly(FOLLOW_UP_OVERDUE);
        row.put(CaseloadRow.TASKS, new Document("t1", task("t1", "OTHER", TODAY, true, null)));
        assertThat(kinds(row, TODAY.plusDays(1))).isEmpty();
        row.put(CaseloadRow.TASKS, new Document("d1", task("d1", "POST_DISCHARGE", TODAY.minusDays(1), false, null)));
        assertThat(kinds(row, TODAY)).containsExactly(POST_DISCHARGE_FOLLOW_UP_OVERDUE);
    }

    @Test
    void a_missed_appointment_alerts_until_a_follow_up_task_exists() {
        Document appointment = new Document("appointmentId", "a1").append("status", "MISSED")
                .append("at", Date.from(TODAY.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        Document row = row().append(CaseloadRow.APPOINTMENTS, new Document("a1", appointment));
        assertThat(kinds(row, TODAY)).containsExactly(MISSED_APPOINTMENT_WITHOUT_FOLLOW_UP);
        row.append(CaseloadRow.TASKS, new Document("m", task("missed-a1", "MISSED_APPOINTMENT", TODAY.plusDays(2), false, "a1")));
        assertThat(kinds(row, TODAY)).isEmpty();
    }

    @Test
    void no_contact_alerts_after_30_days() {
        Document row = new Document(CaseloadRow.ENROLLED_SINCE, TODAY.minusDays(60).toString())
                .append(CaseloadRow.LAST_CONTACT, Date.from(TODAY.minusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC)));
        assertThat(kinds(row, TODAY)).isEmpty();
        assertThat(kinds(row, TODAY.plusDays(1))).containsExactly(NO_RECENT_CONTACT);
        assertThat(kinds(new Document(CaseloadRow.ENROLLED_SINCE, TODAY.minusDays(31).toString()), TODAY))
                .as("never contacted since enrolment").containsExactly(NO_RECENT_CONTACT);
    }

    @Test
    void consents_alert_30_days_before_expiry_and_once_expired() {
        Document consent = new Document("effectiveOn", TODAY.minusYears(1).toString()).append("expiresOn", TODAY.plusDays(31).toString()).append("revoked", false);
        Document row = row().append(CaseloadRow.CONSENTS, new Document("c1", consent));
        assertThat(kinds(row, TODAY)).isEmpty();
        assertThat(kinds(row, TODAY.plusDays(1))).containsExactly(CONSENT_EXPIRING);
        assertThat(kinds(row, TODAY.plusDays(32))).contains(CONSENT_EXPIRED);
    }

    @Test
    void referrals_and_the_initial_assessment_alert_once_overdue() {
        Document row = row().append(CaseloadRow.REFERRALS, new Document("r1", new Document("dueBy", TODAY.toString()).append("open", true)))
                .append(CaseloadRow.CLOCK_START, TODAY.minusDays(30).toString())
                .append(CaseloadRow.NEEDS_DOMAINS, List.of("HEALTH_STATUS"));
        assertThat(kinds(row, TODAY)).isEmpty();
        assertThat(kinds(row, TODAY.plusDays(1))).containsExactly(REFERRAL_OVERDUE, INITIAL_ASSESSMENT_OVERDUE);
        row.put(CaseloadRow.REFERRALS, new Document("r1", new Document("dueBy", TODAY.toString()).append("open", false)));
        assertThat(kinds(row, TODAY.plusDays(1))).containsExactly(INITIAL_ASSESSMENT_OVERDUE);
    }

    /** A row that raises each kind of alert on TODAY; a new kind without one here fails the test below. */
    private static Map<Alert.Kind, Document> raising() {
        Document missed = new Document("appointmentId", "a1").append("status", "MISSED")
                .append("at", Date.from(TODAY.minusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC)));
        Map<Alert.Kind, Document> rows = new EnumMap<>(Alert.Kind.class);
        rows.put(SAFETY_FLAG_OPEN, row().append(CaseloadRow.SAFETY_OPEN, true).append(CaseloadRow.SAFETY_SINCE, TODAY.minusDays(3).toString()));
        rows.put(NOT_IMPROVING, row().append(CaseloadRow.NOT_IMPROVING, true).append(CaseloadRow.NOT_IMPROVING_SINCE, TODAY.minusDays(4).toString()));
        rows.put(MISSED_APPOINTMENT_WITHOUT_FOLLOW_UP, row().append(CaseloadRow.APPOINTMENTS, new Document("a1", missed)));
        rows.put(FOLLOW_UP_OVERDUE, row().append(CaseloadRow.TASKS, new Document("t1", task("t1", "OTHER", TODAY.minusDays(1), false, null))));
        rows.put(POST_DISCHARGE_FOLLOW_UP_OVERDUE, row().append(CaseloadRow.TASKS,
                new Document("d1", task("d1", "POST_DISCHARGE", TODAY.minusDays(1), false, null))));
        rows.put(NO_RECENT_CONTACT, new Document(CaseloadRow.ENROLLED_SINCE, TODAY.minusDays(31).toString()));
        rows.put(CONSENT_EXPIRING, row().append(CaseloadRow.CONSENTS, new Document("c1", new Document("effectiveOn", TODAY.minusYears(1).toString())
                .append("expiresOn", TODAY.plusDays(5).toString()).append("revoked", false))));
        rows.put(CONSENT_EXPIRED, row().append(CaseloadRow.CONSENTS, new Document("c1", new Document("effectiveOn", TODAY.minusYears(1).toString())
                .append("expiresOn", TODAY.minusDays(5).toString()).append("revoked", false))));
        rows.put(REFERRAL_OVERDUE, row().append(CaseloadRow.REFERRALS, new Document("r1", new Document("dueBy", TODAY.minusDays(1).toString()).append("open", true))));
        rows.put(INITIAL_ASSESSMENT_OVERDUE, row().append(CaseloadRow.CLOCK_START, TODAY.minusDays(31).toString()));
        return rows;
    }

    @Test
    void every_kind_of_alert_says_since_when() {
        Map<Alert.Kind, Document> rows = raising();
        assertThat(rows.keySet()).as("a row raising each kind").containsExactlyInAnyOrder(Alert.Kind.values());
        rows.forEach((kind, row) -> {
            Alert alert = Alerts.of(row, TODAY, AlertThresholds.DEFAULT).stream().filter(a -> a.kind() == kind).findFirst().orElseThrow();
            assertThat(alert.since()).as(kind + " since").isNotNull();
        });
        assertThat(Alerts.of(rows.get(SAFETY_FLAG_OPEN), TODAY, AlertThresholds.DEFAULT).get(0).since()).isEqualTo(TODAY.minusDays(3));
        assertThat(Alerts.of(rows.get(NOT_IMPROVING), TODAY, AlertThresholds.DEFAULT).get(0).since()).isEqualTo(TODAY.minusDays(4));
    }

    @Test
    void safety_and_not_improving_flags_alert_while_open() {
        Document row = row().append(CaseloadRow.SAFETY_OPEN, true).append(CaseloadRow.NOT_IMPROVING, true);
        assertThat(kinds(row, TODAY)).containsExactly(SAFETY_FLAG_OPEN, NOT_IMPROVING);
    }
}
