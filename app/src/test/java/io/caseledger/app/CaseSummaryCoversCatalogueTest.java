package io.caseledger.app;

import io.caseledger.domain.catalogue.EventCatalogue;
import io.caseledger.domain.summary.CaseSummary;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every catalogued event is either shown on the case's page (folded by {@link CaseSummary} or one of
 * its sections) or listed in {@link CaseSummary#NOT_SHOWN}, never both: a new event that no section
 * handles fails here instead of silently advancing the summary's version.
 */
class CaseSummaryCoversCatalogueTest {

    @Test
    void every_catalogued_event_is_shown_or_declared_not_shown() {
        List<String> undecided = EventCatalogue.entries().stream().map(EventCatalogue.Entry::type)
                .filter(type -> new CaseSummary().apply(new MarkedEvents().build(type), 0, Instant.EPOCH) == CaseSummary.NOT_SHOWN.contains(type))
                .map(Class::getSimpleName).toList();

        assertThat(undecided).as("events both shown and listed as not shown, or neither").isEmpty();
    }
}
