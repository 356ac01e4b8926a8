package io.caseledger.domain.assessment;

import java.util.List;

/**
 * The standardized instruments: item count and severity bands. PHQ-9: 0-4 minimal, 5-9 mild, 10-14
 * moderate, 15-19 moderately severe, 20-27 severe. GAD-7: 0-4, 5-9, 10-14, 15-21.
 */
public enum Instrument {
    PHQ9(9), GAD7(7);

    private final int items;

    Instrument(int items) {
        this.items = items;
    }

    public int items() {
        return items;
    }

    public int maxTotal() {
        return items * 3;
    }

    public Severity severityOf(int total) {
        if (total < 5) {
            return Severity.MINIMAL;
        }
        if (total < 10) {
            return Severity.MILD;
        }
        if (total < 15) {
            return Severity.MODERATE;
        }
        if (this == GAD7) {
            return Severity.SEVERE;
        }
        return total < 20 ? Severity.MODERATELY_SEVERE : Severity.SEVERE;
    }

    public int total(List<Integer> answers) {
        return answers.stream().mapToInt(Integer::intValue).sum();
    }
}
