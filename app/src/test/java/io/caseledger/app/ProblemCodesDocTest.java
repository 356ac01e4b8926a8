package io.caseledger.app;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's error table lists exactly the problem codes the code base can send, each with its status, in
 * both directions: no code sent goes undocumented, no documented code is never sent. The codes are
 * collected from the sources, at every place a refusal is made: the factories of CommandRejected,
 * QueryRefused, RequestRefused and Refused, the Rejection constructor, Problems.of, the security handlers and
 * SpringProblems' answers to the errors Spring and Tomcat make themselves.
 */
class ProblemCodesDocTest {

    private static final Map<String, Integer> FACTORY_STATUS = Map.of("rule", 422, "conflict", 409, "forbidden", 403,
            "notFound", 404, "Refused", 422);
    private static final Map<String, Integer> KIND_STATUS = Map.of("INVALID", 400, "RULE", 422, "CONFLICT", 409,
            "NOT_FOUND", 404, "FORBIDDEN", 403);
    private static final Pattern FACTORY = Pattern.compile("\\b(rule|conflict|forbidden|notFound|Refused)\\(\\s*\"([a-z0-9-]+)\"");
    private static final Pattern REJECTION = Pattern.compile("Rejection\\((?:Rejection\\.)?Kind\\.(\\w+),\\s*\"([a-z0-9-]+)\"");
    private static final Pattern WITH_STATUS = Pattern.compile("HttpStatus\\.(\\w+),\\s*\"([a-z0-9-]+)\"");
    /** What the server answers for an error Spring or Tomcat makes itself (SpringProblems), by status. */
    private static final Pattern BY_STATUS = Pattern.compile("case (\\d{3}) -> new Described\\(\"([a-z0-9-]+)\"");
    private static final Pattern SERVER_ERROR = Pattern.compile("(status >= 500)\\s*\\?\\s*new Described\\(\"([a-z0-9-]+)\"");
    /** A row of README's error table: {@code | `code`, `code` | 409 | when |}. */
    private static final Pattern TABLE_ROW = Pattern.compile("^\\|((?:\\s*`[a-z0-9-]+`,?)+)\\s*\\|\\s*(\\d{3})\\s*\\|", Pattern.MULTILINE);
    private static final Pattern CODE = Pattern.compile("`([a-z0-9-]+)`");

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("README.md")) || !Files.isDirectory(dir.resolve("domain"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    /** Code to the statuses it is sent with, from every main source file. */
    private static Map<String, Set<Integer>> emitted() throws IOException {
        Map<String, Set<Integer>> codes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/")).toList()) {
                String source = Files.readString(file);
                collect(codes, FACTORY.matcher(source), m -> FACTORY_STATUS.get(m.group(1)));
                collect(codes, REJECTION.matcher(source), m -> KIND_STATUS.get(m.group(1)));
                collect(codes, WITH_STATUS.matcher(source), m -> HttpStatus.valueOf(m.group(1)).value());
                collect(codes, BY_STATUS.matcher(source), m -> Integer.parseInt(m.group(1)));
                collect(codes, SERVER_ERROR.matcher(source), m -> 500);
            }
        }
        return codes;
    }

    private static void collect(Map<String, Set<Integer>> codes, Matcher m, java.util.function.Function<Matcher, Integer> status) {
        while (m.find()) {
            codes.computeIfAbsent(m.group(2), c -> new TreeSet<>()).add(status.apply(m));
        }
    }

    /** Code to statuses, from README's error table: rows of codes in backticks, then a status. */
    private static Map<String, Set<Integer>> documented() throws IOException {
        Map<String, Set<Integer>> codes = new TreeMap<>();
        Matcher row = TABLE_ROW.matcher(Files.readString(root().resolve("README.md")));
        while (row.find()) {
            Matcher code = CODE.matcher(row.group(1));
            while (code.find()) {
                codes.computeIfAbsent(code.group(1), c -> new TreeSet<>()).add(Integer.parseInt(row.group(2)));
            }
        }
        return codes;
    }

    @Test
    void readme_lists_every_code_the_server_sends_with_its_status_and_no_other() throws IOException {
        Map<String, Set<Integer>> emitted = emitted();
        assertThat(emitted).as("codes found in the sources").containsKeys("invalid-field", "case-not-found", "unauthenticated", "body-too-large");
        assertThat(documented()).as("README's error table").isEqualTo(emitted);
    }
}
