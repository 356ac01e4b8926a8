package io.caseledger.app.web.resources;

import io.caseledger.app.operations.ProjectionAdmin;
import io.caseledger.app.web.ReadAnswer;
import io.caseledger.app.web.RequestParams;
import io.caseledger.domain.referral.ReferralType;
import io.caseledger.app.web.RequestRefused;
import io.caseledger.projections.resources.ResourceDirectoryProjection;
import io.caseledger.query.resources.FindResource;
import io.caseledger.query.resources.FindResources;
import io.caseledger.query.resources.ResourceList;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The community resource directory, looked through before a referral: who serves what, in which languages. */
@RestController
class ResourceDirectoryController {

    private static final int MAX_TEXT = 100;

    private final QueryGateway queries;
    private final ProjectionAdmin projections;

    ResourceDirectoryController(QueryGateway queries, ProjectionAdmin projections) {
        this.queries = queries;
        this.projections = projections;
    }

    /** Active resources by name; {@code serviceType}, {@code language} (as registered, e.g. es) and {@code q} (part of the name) narrow it. */
    @GetMapping("/api/resources")
    ReadAnswer<ResourceList> list(@RequestParam(required = false) String serviceType, @RequestParam(required = false) String language,
                      @RequestParam(required = false) String q, @RequestParam(required = false) String limit,
                      @RequestParam(required = false) String cursor) {
        ReferralType type = RequestParams.choice("serviceType", serviceType, null, v -> RequestParams.named(ReferralType.class, v),
                "a service type such as COMMUNITY_SERVICE");
        FindResources query = new FindResources(type, text("language", language), text("q", q), RequestParams.page(limit, cursor, ResourceList.ORDER));
        ResourceList list = queries.query(query, ResponseTypes.instanceOf(ResourceList.class)).join();
        return ReadAnswer.of(list, projections, ResourceDirectoryProjection.PROCESSING_GROUP);
    }

    @GetMapping("/api/resources/{resourceId}")
    ResourceList.Resource one(@PathVariable String resourceId) {
        return queries.query(new FindResource(resourceId), ResponseTypes.optionalInstanceOf(ResourceList.Resource.class)).join()
                .orElseThrow(() -> RequestRefused.notFound("resource-not-found", "resourceId", "names no such resource"));
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw RequestRefused.invalid(field, "must be at most " + MAX_TEXT + " characters");
        }
        return value.strip();
    }
}
