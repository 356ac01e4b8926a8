package io.caseledger.app.web;

import io.caseledger.domain.shared.CommandRejected;
import io.caseledger.query.caseload.FindCaseload;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A live caseload as Server-Sent Events ({@code event: caseload}, the caseload as JSON on every change). */
@RestController
class CaseloadStreamController {

    private final LiveCaseload live;

    CaseloadStreamController(LiveCaseload live) {
        this.live = live;
    }

    @GetMapping(path = "/api/caseloads/{caseManagerId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable String caseManagerId, @RequestParam(defaultValue = "1800") int timeoutSeconds) {
        if (timeoutSeconds < 1 || timeoutSeconds > 3600) {
            throw RequestRefused.invalid("timeoutSeconds", "must be between 1 and 3600");
        }
        return live.watch(new FindCaseload(caseManagerId), timeoutSeconds * 1000L,
                (emitter, caseload) -> emitter.send(SseEmitter.event().name("caseload").data(caseload, MediaType.APPLICATION_JSON)));
    }
}
