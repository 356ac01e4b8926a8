package io.caseledger.domain.assessment;

/**
 * Thresholds of measurement-based care. Response: a score at least {@code responseDropPercent} below
 * baseline. Remission: PHQ-9 below {@code remissionBelow}. Not improving: a score taken between
 * {@code notImprovingFromWeeks} and {@code notImprovingToWeeks} after baseline (both inclusive)
 * that is less than the response drop below baseline.
 */
public record MeasurementRules(double responseDropPercent, int remissionBelow, int notImprovingFromWeeks, int notImprovingToWeeks) {

    public static final MeasurementRules DEFAULT = new MeasurementRules(50, 5, 8, 12);

    public MeasurementRules {
        if (responseDropPercent <= 0 || responseDropPercent > 100 || remissionBelow < 1
                || notImprovingFromWeeks < 1 || notImprovingToWeeks < notImprovingFromWeeks) {
            throw new IllegalArgumentException("inconsistent measurement-based care thresholds");
        }
    }

    /** Drop from baseline in percent; no drop can be measured from a baseline of 0. */
    public static double dropPercent(int baseline, int score) {
        return baseline == 0 ? 0 : (baseline - score) * 100.0 / baseline;
    }
}
