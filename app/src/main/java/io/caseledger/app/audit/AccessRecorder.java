package io.caseledger.app.audit;

import io.caseledger.app.security.Actor;
import io.caseledger.domain.access.CaseRecordAccessed;
import io.caseledger.domain.access.RecordView;
import io.caseledger.domain.shared.CommandRejected;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;

import java.util.regex.Pattern;

/**
 * Records each read of a case's personal data as an access event before the data is returned.
 * The caller may state a purpose of use in {@code X-Purpose-Of-Use} (e.g. TREATMENT, AUDIT).
 */
@Component
public class AccessRecorder {

    public static final String PURPOSE_HEADER = "X-Purpose-Of-Use";
    private static final Pattern PURPOSE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private final EventGateway events;
    private final HttpServletRequest request;

    AccessRecorder(EventGateway events, HttpServletRequest request) {
        this.events = events;
        this.request = request;
    }

    public void record(String caseId, RecordView view) {
        Actor actor = Actor.require();
        String purpose = request.getHeader(PURPOSE_HEADER);
        if (purpose != null && !PURPOSE.matcher(purpose).matches()) {
            throw CommandRejected.invalid(PURPOSE_HEADER, "must be a short code such as TREATMENT or AUDIT");
        }
        events.publish(new CaseRecordAccessed(caseId, actor.userId(), actor.role().name(), view, purpose));
    }
}
