package io.caseledger.app.audit;

import io.caseledger.app.security.Actor;
import io.caseledger.domain.access.CaseRecordAccessed;
import io.caseledger.domain.access.RecordView;
import io.caseledger.app.web.RequestRefused;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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

    AccessRecorder(EventGateway events) {
        this.events = events;
    }

    public void record(String caseId, RecordView view) {
        Actor actor = Actor.require();
        String purpose = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web
                ? web.getRequest().getHeader(PURPOSE_HEADER) : null;
        if (purpose != null && !PURPOSE.matcher(purpose).matches()) {
            throw RequestRefused.invalid(PURPOSE_HEADER, "must be a short code such as TREATMENT or AUDIT");
        }
        events.publish(new CaseRecordAccessed(caseId, actor.userId(), actor.role().name(), view, purpose));
    }
}
