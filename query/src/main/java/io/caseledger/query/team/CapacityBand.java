package io.caseledger.query.team;

/**
 * How many open cases a case manager should carry, {@code caseledger.caseload.capacity.min/max}
 * (50-70 by default, the range collaborative-care programmes plan for one full-time case manager).
 */
public record CapacityBand(int min, int max) {

    public static final CapacityBand DEFAULT = new CapacityBand(50, 70);

    public enum Status { UNDER, WITHIN, OVER }

    public CapacityBand {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("caseload capacity needs 0 <= min <= max");
        }
    }

    public Status of(int openCases) {
        return openCases < min ? Status.UNDER : openCases > max ? Status.OVER : Status.WITHIN;
    }
}
