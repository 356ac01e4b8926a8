package io.caseledger.domain.assessment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The self-harm item is named once, on the instrument: PHQ-9's ninth answer, and nothing on GAD-7. */
class InstrumentTest {

    @Test
    void phq9_item_9_above_0_is_a_safety_concern_with_its_answer() {
        assertThat(Instrument.PHQ9.safetyConcern(List.of(0, 0, 0, 0, 0, 0, 0, 0, 2))).hasValue(2);
    }

    @Test
    void phq9_high_answers_on_other_items_are_no_safety_concern() {
        assertThat(Instrument.PHQ9.safetyConcern(List.of(3, 3, 3, 3, 3, 3, 3, 3, 0))).isEmpty();
    }

    @Test
    void gad7_has_no_safety_item() {
        assertThat(Instrument.GAD7.safetyConcern(List.of(3, 3, 3, 3, 3, 3, 3))).isEmpty();
    }
}
