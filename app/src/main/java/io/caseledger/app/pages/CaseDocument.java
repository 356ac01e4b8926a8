package io.caseledger.app.pages;

import io.caseledger.app.audit.CaseHistory;
import io.caseledger.app.web.CaseView;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The case as the pages show it: the API's own JSON document of the case (so a page shows what the
 * API answers, field for field), plus the series the trend chart draws, as JSON for the chart script.
 */
final class CaseDocument {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private CaseDocument() {
    }

    /** Read as the API writes it (the app's mapper), then as a plain tree: the strict input rules are for requests. */
    private static final JsonMapper TREE = JsonMapper.builder().build();

    static Map<String, Object> of(CaseView.Shown shown, JsonMapper json) {
        return TREE.readValue(shown.body() instanceof String text ? text : json.writeValueAsString(shown.body()), MAP);
    }

    /** PHQ-9 and GAD-7 points and the milestones (response, remission...) for the chart, as JSON. */
    @SuppressWarnings("unchecked")
    static String chart(Map<String, Object> document, JsonMapper json) {
        Map<String, Object> clinical = (Map<String, Object>) document.getOrDefault("clinical", Map.of());
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("series", clinical.getOrDefault("series", Map.of()));
        List<Map<String, Object>> milestones = new ArrayList<>();
        for (Object m : (List<Object>) clinical.getOrDefault("milestones", List.of())) {
            Map<String, Object> milestone = (Map<String, Object>) m;
            milestones.add(Map.of("type", String.valueOf(milestone.get("type")), "on", String.valueOf(milestone.get("on"))));
        }
        chart.put("milestones", milestones);
        return json.writeValueAsString(chart);
    }

    /** Newest first, as a timeline reads. */
    static List<CaseHistory.Entry> timeline(List<CaseHistory.Entry> entries) {
        List<CaseHistory.Entry> newestFirst = new ArrayList<>(entries);
        Collections.reverse(newestFirst);
        return newestFirst;
    }
}
