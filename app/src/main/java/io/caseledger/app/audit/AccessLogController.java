package io.caseledger.app.audit;

import io.caseledger.app.web.RequestRefused;
import io.caseledger.query.access.AccessLog;
import io.caseledger.query.access.FindAccesses;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who read a case, and what a user read. */
@RestController
public class AccessLogController {

    private final QueryGateway queries;

    AccessLogController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/audit/access")
    public AccessLog accesses(@RequestParam(required = false) String caseId, @RequestParam(required = false) String userId,
                       @RequestParam(defaultValue = "100") int limit) {
        if (caseId == null && userId == null) {
            throw RequestRefused.invalid("caseId", "give caseId or userId");
        }
        if (limit < 1 || limit > 1000) {
            throw RequestRefused.invalid("limit", "must be between 1 and 1000");
        }
        return queries.query(new FindAccesses(caseId, userId, limit), ResponseTypes.instanceOf(AccessLog.class)).join();
    }
}
