package io.caseledger.domain.ncqa;

import java.util.List;

/** One documentation element of the file review, its finding, why, and the events that prove it. */
public record ElementResult(String element, Status status, String finding, List<String> evidence) {

    public enum Status { MET, NOT_MET, NOT_APPLICABLE }
}
