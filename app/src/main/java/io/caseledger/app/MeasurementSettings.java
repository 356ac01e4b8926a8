package io.caseledger.app;

import io.caseledger.domain.assessment.MeasurementRules;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code caseledger.measurement.*}: response drop (percent), remission threshold (PHQ-9 below), and
 * the weeks after baseline in which "not improving" is judged. Unset values take the defaults
 * (50, 5, 8, 12) that collaborative-care programmes use.
 */
@ConfigurationProperties("caseledger.measurement")
record MeasurementSettings(Double responseDropPercent, Integer remissionBelow, Integer notImprovingFromWeeks,
                          Integer notImprovingToWeeks) {

    MeasurementRules rules() {
        MeasurementRules d = MeasurementRules.DEFAULT;
        return new MeasurementRules(
                responseDropPercent == null ? d.responseDropPercent() : responseDropPercent,
                remissionBelow == null ? d.remissionBelow() : remissionBelow,
                notImprovingFromWeeks == null ? d.notImprovingFromWeeks() : notImprovingFromWeeks,
                notImprovingToWeeks == null ? d.notImprovingToWeeks() : notImprovingToWeeks);
    }
}
