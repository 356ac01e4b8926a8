package io.caseledger.domain.assessment;

import java.util.List;
import java.util.OptionalInt;

/**
 * The standardized instruments: item count and severity bands. PHQ-9: 0-4 minimal, 5-9 mild, 10-14
 * moderate, 15-19 moderately severe, 20-27 severe. GAD-7: 0-4, 5-9, 10-14, 15-21.
 */
public enum Instrument {
    /** Item 9 asks about thoughts of self-harm: any answer above 0 is a safety concern. */
    PHQ9(9, 9), GAD7(7, 0);

    private final int items;
    /** The 1-based number of the item that screens for risk of self-harm; 0 where the instrument has none. */
    private final int safetyItem;

    Instrument(int items, int safetyItem) {
        this.items = items;
        this.safetyItem = safetyItem;
    }

    /** The answer to the self-harm item, when the instrument has one and it was answered above 0. */
    public OptionalInt safetyConcern(List<Integer> answers) {
        if (safetyItem == 0 || answers.get(safetyItem - 1) == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(answers.get(safetyItem - 1));
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
