package io.caseledger.projections.caseload;

/**
 * Field names of the {@code caseload} collection, shared by the projection that writes it and the
 * query handlers that read it, so the two cannot disagree about the document's shape.
 */
public final class CaseloadRow {

    public static final String COLLECTION = "caseload";
    /** One document per case manager, {@code _id} = the case manager's id: the ids of their open cases. */
    public static final String OWNERS = "caseloads";
    public static final String OPEN_CASES = "openCases";
    public static final String CASE_ID = "_id";
    public static final String CASE_MANAGER = "caseManagerId";
    /** The team whose intake queue received a referred case (see CaseScope). */
    public static final String INTAKE_TEAM = "intakeTeam";
    public static final String CLIENT_NAME = "clientName";
    public static final String STATUS = "status";
    public static final String ENROLLED_ON = "enrolledOn";
    public static final String LANGUAGE = "preferredLanguage";
    public static final String INTERPRETER = "interpreterNeeded";
    public static final String INSURANCE = "insuranceStatus";
    // The work side (CaseWorkProjection): facts and due dates that alerts are computed from.
    public static final String CLOCK_START = "assessmentClockStart";
    public static final String ENROLLED_SINCE = "enrolledSince";
    public static final String LAST_CONTACT = "lastSuccessfulContactAt";
    public static final String APPOINTMENTS = "appointments";
    public static final String TASKS = "tasks";
    public static final String SCORES = "scores";
    public static final String SAFETY_OPEN = "safetyConcernOpen";
    /** The day (UTC) the open safety concern was flagged, as yyyy-mm-dd; removed when it is resolved. */
    public static final String SAFETY_SINCE = "safetyConcernSince";
    public static final String NOT_IMPROVING = "notImproving";
    /** The day (UTC) "not improving" was detected, as yyyy-mm-dd; removed when the client responds. */
    public static final String NOT_IMPROVING_SINCE = "notImprovingSince";
    public static final String NEEDS_DOMAINS = "needsDomainsCompleted";
    public static final String CONSENTS = "consents";
    public static final String REFERRALS = "referrals";

    /** The fields of each entry under {@link #APPOINTMENTS}, keyed by appointment id. */
    public static final class Appointment {
        public static final String ID = "appointmentId";
        public static final String AT = "at";
        /** An {@code AppointmentStatus} name. */
        public static final String STATUS = "status";

        private Appointment() {
        }
    }

    /** The fields of each entry under {@link #TASKS}, keyed by task id. */
    public static final class Task {
        public static final String ID = "taskId";
        /** A {@code TaskReason} name. */
        public static final String REASON = "reason";
        public static final String DUE_ON = "dueOn";
        /** The appointment the task follows up, if any. */
        public static final String APPOINTMENT_ID = "appointmentId";
        public static final String DONE = "done";

        private Task() {
        }
    }

    /** The fields under {@link #SCORES}{@code .<instrument>}. */
    public static final class Score {
        public static final String LATEST = "latest";
        public static final String LATEST_ON = "latestOn";
        /** Every total in the order taken; the first is the baseline. */
        public static final String SERIES = "series";

        private Score() {
        }
    }

    /** The fields of each entry under {@link #CONSENTS}, keyed by consent id. */
    public static final class Consent {
        public static final String EFFECTIVE_ON = "effectiveOn";
        public static final String EXPIRES_ON = "expiresOn";
        public static final String REVOKED = "revoked";

        private Consent() {
        }
    }

    /** The fields of each entry under {@link #REFERRALS}, keyed by referral id. */
    public static final class Referral {
        public static final String ID = "referralId";
        public static final String DUE_BY = "dueBy";
        public static final String OPEN = "open";

        private Referral() {
        }
    }

    /** Sequence number of the last event folded in; makes re-delivery a no-op. */
    public static final String VERSION = "version";

    private CaseloadRow() {
    }

    /** The case manager whose caseload lists this row: an enrolled case that is not closed; null if none. */
    public static String openOwner(org.bson.Document row) {
        return row == null || io.caseledger.domain.shared.CaseStatus.CLOSED.name().equals(row.getString(STATUS)) ? null : row.getString(CASE_MANAGER);
    }
}
