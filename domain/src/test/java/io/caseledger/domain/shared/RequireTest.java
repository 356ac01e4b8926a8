package io.caseledger.domain.shared;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks every command's constructor uses, whoever builds the command (HTTP, a policy, the benchmark). */
class RequireTest {

    @Test
    void text_with_an_unpaired_surrogate_is_refused_naming_the_field() {
        for (String broken : List.of("a\ud800b", "\udc00", "end\ud83c", "\udfe5\ud83c")) {
            assertThatThrownBy(() -> Require.text("programme", broken, 200))
                    .isInstanceOfSatisfying(CommandRejected.class, e -> assertThat(e.rejection().field()).isEqualTo("programme"));
        }
        assertThat(Require.text("programme", "Medicaid \ud83c\udfe5", 200)).isEqualTo("Medicaid \ud83c\udfe5");
    }

    @Test
    void lists_are_bounded_and_hold_no_nulls() {
        assertThat(Require.nonEmpty("purposes", Collections.nCopies(Require.MAX_ITEMS, "x"))).hasSize(Require.MAX_ITEMS);
        assertThatThrownBy(() -> Require.nonEmpty("purposes", Collections.nCopies(Require.MAX_ITEMS + 1, "x")))
                .isInstanceOfSatisfying(CommandRejected.class, e -> assertThat(e.rejection().field()).isEqualTo("purposes"));
        assertThatThrownBy(() -> Require.items("languages", java.util.Arrays.asList("en", null)))
                .isInstanceOfSatisfying(CommandRejected.class, e -> assertThat(e.rejection().field()).isEqualTo("languages"));
    }
}
