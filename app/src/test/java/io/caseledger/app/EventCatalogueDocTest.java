package io.caseledger.app;

import io.caseledger.domain.catalogue.EventCatalogue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's event catalogue is the catalogue the code keeps (EventCatalogue), row for row and in its
 * order: an auditor reads the README to learn what each event on record means, so an event type the
 * table leaves out is one they cannot read.
 */
class EventCatalogueDocTest {

    /** A row of the table: {@code | feature | `EventType` | meaning |}. */
    private static final Pattern ROW = Pattern.compile("^\\| ([a-z]+) \\| `([A-Za-z]+)` \\| (.+) \\|$", Pattern.MULTILINE);

    @Test
    void readme_lists_every_catalogued_event_with_its_meaning() throws IOException {
        String readme = Files.readString(ProblemCodesDocTest.root().resolve("README.md"));
        String section = readme.substring(readme.indexOf("### Event catalogue"), readme.indexOf("## Configuration"));
        List<String> documented = ROW.matcher(section).results().map(EventCatalogueDocTest::row).toList();
        List<String> catalogued = EventCatalogue.entries().stream()
                .map(e -> e.feature() + " | " + e.type().getSimpleName() + " | " + e.meaning()).toList();

        assertThat(documented).containsExactlyElementsOf(catalogued);
    }

    private static String row(MatchResult m) {
        return m.group(1) + " | " + m.group(2) + " | " + m.group(3);
    }
}
