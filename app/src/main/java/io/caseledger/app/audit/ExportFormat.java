package io.caseledger.app.audit;

import io.caseledger.app.web.RequestRefused;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The form of a history export: {@code format=} when given, else the first the Accept header prefers.
 * Either way the answer is one the Accept header allows, or 406: asking for CSV the ordinary way
 * ({@code Accept: text/csv}) gets CSV.
 */
enum ExportFormat {
    JSON(MediaType.APPLICATION_JSON), CSV(MediaType.parseMediaType("text/csv")), PDF(MediaType.APPLICATION_PDF);

    final MediaType mediaType;

    ExportFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    static ExportFormat choose(String format, String accept) throws HttpMediaTypeNotAcceptableException {
        List<MediaType> accepted = accepted(accept);
        List<ExportFormat> candidates = format == null ? List.of(values()) : List.of(Arrays.stream(values())
                .filter(f -> f.name().equalsIgnoreCase(format)).findFirst()
                .orElseThrow(() -> RequestRefused.invalid("format", "must be json, csv or pdf")));
        for (MediaType wanted : accepted) {
            for (ExportFormat candidate : candidates) {
                if (wanted.includes(candidate.mediaType)) {
                    return candidate;
                }
            }
        }
        throw new HttpMediaTypeNotAcceptableException(candidates.stream().map(f -> f.mediaType).toList());
    }

    private static List<MediaType> accepted(String accept) throws HttpMediaTypeNotAcceptableException {
        if (accept == null || accept.isBlank()) {
            return List.of(MediaType.ALL);
        }
        try {
            List<MediaType> types = new ArrayList<>(MediaType.parseMediaTypes(accept));
            MimeTypeUtils.sortBySpecificity(types);
            return types;
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException("unreadable Accept header");
        }
    }
}
