package io.caseledger.query.caseload;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/**
 * Orders of a caseload, by their parameter name: client name; enrolment date, earliest first; last
 * successful contact, longest ago (or never) first. Ties go by case id, so every order is total.
 */
public enum CaseloadSort {
    CLIENT_NAME("clientName", Comparator.comparing(CaseloadEntry::clientName, Comparator.nullsLast(Comparator.naturalOrder()))),
    ENROLLED_ON("enrolledOn", Comparator.comparing(CaseloadEntry::enrolledOn, Comparator.nullsLast(Comparator.naturalOrder()))),
    LAST_CONTACT("lastContact", Comparator.comparing(CaseloadEntry::lastSuccessfulContactAt, Comparator.nullsFirst(Comparator.naturalOrder())));

    private final String parameter;
    private final Comparator<CaseloadEntry> order;

    CaseloadSort(String parameter, Comparator<CaseloadEntry> order) {
        this.parameter = parameter;
        this.order = order.thenComparing(CaseloadEntry::caseId);
    }

    public String parameter() {
        return parameter;
    }

    public Comparator<CaseloadEntry> order() {
        return order;
    }

    public static Optional<CaseloadSort> of(String parameter) {
        return Arrays.stream(values()).filter(s -> s.parameter.equals(parameter)).findFirst();
    }
}
