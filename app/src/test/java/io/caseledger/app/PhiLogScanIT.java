package io.caseledger.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs after the whole test suite (failsafe, in {@code verify}) and reads the log output every test
 * class produced (surefire keeps it per class in target/surefire-reports). It collects the personal
 * data the tests seed (client names and dates of birth in their requests, distinctive note texts)
 * from the test sources, and fails if any of it reached a log line.
 */
class PhiLogScanIT {

    private static final Path REPORTS = Path.of("target", "surefire-reports");
    private static final Path SOURCES = Path.of("src", "test", "java");
    private static final List<Pattern> SEEDS = List.of(
            Pattern.compile("Api\\.enrolment\\(\"[^\"]*\", \"([^\"]+)\", \"([^\"]+)\"\\)"),
            Pattern.compile("given(?:Name)?\\\\?\"\\s*[:,]\\s*\\\\?\"([A-Z][a-z]{3,})"),
            Pattern.compile("family(?:Name)?\\\\?\"\\s*[:,]\\s*\\\\?\"([A-Z][a-z]{3,})"),
            Pattern.compile("new PersonalDetails\\(\"([^\"]+)\", \"([^\"]+)\""),
            Pattern.compile("(?:GIVEN|FAMILY|NOTE|CONTACT_NOTE|BIRTH) = \"([^\"]+)\""));

    @Test
    void no_seeded_personal_data_appears_in_any_test_log() throws IOException {
        Set<String> seeded = seededPersonalData();
        seeded.add("1975-04-02"); // the date of birth Api.enrolment gives every client
        assertThat(seeded).as("personal data the tests seed").hasSizeGreaterThan(20);

        List<Path> logs;
        try (Stream<Path> files = Files.list(REPORTS)) {
            logs = files.filter(f -> f.getFileName().toString().endsWith("-output.txt")).sorted().toList();
        }
        assertThat(logs).as("captured output of the HTTP tests").hasSizeGreaterThan(10);
        Map<String, String> leaks = new TreeMap<>();
        for (Path log : logs) {
            String text = Files.readString(log);
            for (String value : seeded) {
                // Whole words only: "Grace" the client, not Spring's "GracefulShutdown".
                Matcher found = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(value) + "(?![A-Za-z0-9])").matcher(text);
                if (found.find()) {
                    leaks.put(log.getFileName() + ": " + value, line(text, found.start()));
                }
            }
        }
        assertThat(leaks).as("personal data found in test logs").isEmpty();
    }

    private static Set<String> seededPersonalData() throws IOException {
        Set<String> values = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("PhiLogScanIT.java")).toList()) {
                String source = Files.readString(file);
                for (Pattern seed : SEEDS) {
                    Matcher m = seed.matcher(source);
                    while (m.find()) {
                        for (int g = 1; g <= m.groupCount(); g++) {
                            if (m.group(g).length() >= 4) {
                                values.add(m.group(g));
                            }
                        }
                    }
                }
            }
        }
        return values;
    }

    private static String line(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        return text.substring(start, end < 0 ? text.length() : Math.min(end, start + 300));
    }
}
