package io.caseledger.domain.erasure;

import java.time.LocalDate;
import java.time.Period;

/**
 * How long a closed case's personal data must be kept before it may be erased (configured as
 * {@code caseledger.privacy.retention}; default eight years after closure, the common minimum for
 * adult health and care records in England).
 */
public record RetentionPolicy(Period afterClosure) {

    public static final RetentionPolicy DEFAULT = new RetentionPolicy(Period.ofYears(8));

    public boolean hasPassed(LocalDate closedOn, LocalDate today) {
        return !today.isBefore(closedOn.plus(afterClosure));
    }
}
