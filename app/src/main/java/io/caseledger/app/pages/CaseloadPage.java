package io.caseledger.app.pages;

import io.caseledger.app.security.Actor;
import io.caseledger.app.web.Caseloads;
import io.caseledger.app.web.LiveCaseload;
import io.caseledger.app.web.ReadAnswer;
import io.caseledger.query.caseload.Alert;
import io.caseledger.query.caseload.Caseload;
import io.caseledger.query.caseload.CaseloadEntry;
import io.caseledger.query.caseload.FindCaseload;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A caseload: the table (sort, filter by alert, pages of 25) and "who needs me today", kept live
 * over Server-Sent Events (htmx's SSE extension swaps in the rows rendered here on every change).
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class CaseloadPage {

    static final String PAGE_SIZE = "25";
    private static final long LIVE_FOR = Duration.ofMinutes(30).toMillis();

    private final Caseloads caseloads;
    private final LiveCaseload live;
    private final ITemplateEngine templates;

    CaseloadPage(Caseloads caseloads, LiveCaseload live, ITemplateEngine templates) {
        this.caseloads = caseloads;
        this.live = live;
        this.templates = templates;
    }

    @GetMapping("/app/caseload")
    String mine(@RequestParam(required = false) String sort, @RequestParam(required = false) String alert,
                @RequestParam(required = false) String cursor, Model model) {
        return caseload(Actor.require().userId(), sort, alert, cursor, model);
    }

    @GetMapping("/app/caseloads/{caseManagerId}")
    String caseload(@PathVariable String caseManagerId, @RequestParam(required = false) String sort,
                    @RequestParam(required = false) String alert, @RequestParam(required = false) String cursor, Model model) {
        model.addAllAttributes(rows(caseloads.find(Caseloads.query(caseManagerId, PAGE_SIZE, cursor, sort, alert))));
        model.addAttribute("caseManagerId", caseManagerId);
        model.addAttribute("own", caseManagerId.equals(Actor.require().userId()));
        model.addAttribute("sort", sort == null ? "clientName" : sort);
        model.addAttribute("alert", alert);
        model.addAttribute("alertKinds", Alert.Kind.values());
        model.addAttribute("live", UriComponentsBuilder.fromPath("/app/caseloads/{id}/live")
                .queryParamIfPresent("sort", Optional.ofNullable(sort))
                .queryParamIfPresent("alert", Optional.ofNullable(alert))
                .queryParamIfPresent("cursor", Optional.ofNullable(cursor))
                .buildAndExpand(caseManagerId).toUriString());
        return "caseload";
    }

    /** The same page of the caseload, re-rendered whenever a case in it changes. */
    @GetMapping(path = "/app/caseloads/{caseManagerId}/live", produces = "text/event-stream")
    SseEmitter live(@PathVariable String caseManagerId, @RequestParam(required = false) String sort,
                    @RequestParam(required = false) String alert, @RequestParam(required = false) String cursor) {
        FindCaseload query = Caseloads.query(caseManagerId, PAGE_SIZE, cursor, sort, alert);
        return live.watch(query, LIVE_FOR, (emitter, caseload) -> {
            Context context = new Context(Locale.ENGLISH, rows(caseload));
            // SSE data is line-based; the rendered fragment goes as one line.
            emitter.send(SseEmitter.event().name("rows").data(oneLine(templates.process("caseload-rows", Set.of("rows"), context))));
            emitter.send(SseEmitter.event().name("needs").data(oneLine(templates.process("caseload-rows", Set.of("needs"), context))));
        });
    }

    /** The rows, and those that need attention today (any alert), earliest due first. */
    private static Map<String, Object> rows(ReadAnswer<Caseload> answer) {
        Caseload caseload = answer.result();
        List<CaseloadEntry> needs = caseload.cases().stream().filter(c -> !c.alerts().isEmpty())
                .sorted(Comparator.comparing(CaseloadPage::earliest)).toList();
        return Map.of("caseload", caseload, "rebuilding", answer.rebuilding(), "rows", caseload.cases(), "needs", needs);
    }

    private static LocalDate earliest(CaseloadEntry entry) {
        return entry.alerts().stream().map(Alert::since).filter(Objects::nonNull).min(LocalDate::compareTo)
                .orElse(LocalDate.MAX);
    }

    private static String oneLine(String html) {
        return html.replace('\r', ' ').replace('\n', ' ');
    }
}
