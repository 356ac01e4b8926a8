package io.caseledger.app.audit;

import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** RFC 4180 CSV of a history page, one event a row, the payload as a JSON cell. */
final class HistoryCsv {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEADER = "sequence,timestamp,type,userId,userRole,reason,correlationId,causationId,eventId,previousHash,hash,payload";

    private HistoryCsv() {
    }

    static String write(List<CaseHistory.Entry> entries) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (CaseHistory.Entry e : entries) {
            csv.append(Stream.of(String.valueOf(e.sequence()), e.timestamp(), e.type(), e.userId(), e.userRole(), e.reason(),
                            e.correlationId(), e.causationId(), e.eventId(), e.previousHash(), e.hash(),
                            JSON.writeValueAsString(e.payload()))
                    .map(HistoryCsv::cell)
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
