package io.caseledger.app;

import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.caseledger.app.web.commands.CommandRoute;
import io.caseledger.app.web.commands.CommandRoutes;
import io.caseledger.domain.enrolment.EnrolClient;
import org.axonframework.commandhandling.CommandHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding a case action takes a handler and a route line: a command that no route sends is an action
 * nobody can take, and a route whose command no handler decides fails every request.
 */
@HttpTest
class CommandRoutesHttpTest {

    /** Enrolment has a controller of its own: it may leave out the case manager and answers with the case's location. */
    private static final Set<Class<?>> SENT_ELSEWHERE = Set.of(EnrolClient.class);

    @Autowired
    List<CommandRoutes> groups;

    @Test
    void every_handled_command_has_a_route_and_every_route_a_handler() {
        Set<Class<?>> handled = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.caseledger.command").stream()
                .flatMap(type -> type.getCodeUnits().stream())
                .filter(unit -> unit.isAnnotatedWith(CommandHandler.class))
                .map(JavaCodeUnit::getRawParameterTypes)
                .map(parameters -> (Class<?>) parameters.get(0).reflect())
                .collect(Collectors.toSet());
        Set<Class<?>> routed = groups.stream().flatMap(g -> g.routes().stream()).map(CommandRoute::command).collect(Collectors.toSet());

        assertThat(routed).as("routes whose command no handler decides").isSubsetOf(handled);
        Set<Class<?>> unreachable = new HashSet<>(handled);
        unreachable.removeAll(routed);
        unreachable.removeAll(SENT_ELSEWHERE);
        assertThat(unreachable).as("handled commands that no route sends").isEmpty();
    }

    /** README's "Commands and events" table names every command a route sends, and only those; its events are catalogued ones. */
    @Test
    void readme_names_every_routed_command_and_only_catalogued_events() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(ProblemCodesDocTest.root().resolve("README.md"));
        String table = readme.substring(readme.indexOf("| route (`POST`) | command | events |"), readme.indexOf("Rules worth knowing"));
        Set<String> documentedCommands = new HashSet<>();
        Set<String> documentedEvents = new HashSet<>();
        table.lines().filter(line -> line.startsWith("| `/") || line.startsWith("| `.")).forEach(line -> {
            String[] cells = line.split(" \\| ");
            documentedCommands.addAll(names(cells[1]));
            documentedEvents.addAll(names(cells[2]));
        });
        Set<String> routed = groups.stream().flatMap(g -> g.routes().stream()).map(r -> r.command().getSimpleName())
                .collect(Collectors.toCollection(HashSet::new));
        SENT_ELSEWHERE.forEach(type -> routed.add(type.getSimpleName()));
        Set<String> catalogued = io.caseledger.domain.catalogue.EventCatalogue.entries().stream()
                .map(e -> e.type().getSimpleName()).collect(Collectors.toSet());

        assertThat(documentedCommands).as("commands in README's table").containsExactlyInAnyOrderElementsOf(routed);
        assertThat(documentedEvents).as("events in README's table").isNotEmpty().isSubsetOf(catalogued);
    }

    /** The backticked type names of a cell (codes such as `consent-required` are not types). */
    private static Set<String> names(String cell) {
        return java.util.regex.Pattern.compile("`([A-Z][A-Za-z]+)`").matcher(cell).results().map(m -> m.group(1)).collect(Collectors.toSet());
    }
}
