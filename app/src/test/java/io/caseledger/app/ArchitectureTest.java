package io.caseledger.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.caseledger.projections.Projection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module boundaries of DESIGN.md and STYLE.md, enforced. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.caseledger");

    @Test
    void the_domain_knows_nothing_of_spring_mongodb_or_the_other_modules() {
        noClasses().that().resideInAPackage("io.caseledger.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..",
                        "io.caseledger.command..", "io.caseledger.projections..", "io.caseledger.query..", "io.caseledger.app..")
                .check(classes);
    }

    @Test
    void the_write_side_does_not_read_projections() {
        noClasses().that().resideInAPackage("io.caseledger.command..")
                .should().dependOnClassesThat().resideInAnyPackage("io.caseledger.projections..", "io.caseledger.query..",
                        "io.caseledger.app..", "com.mongodb..")
                .check(classes);
    }

    @Test
    void projections_only_listen_and_never_send_commands() {
        noClasses().that().resideInAPackage("io.caseledger.projections..")
                .should().dependOnClassesThat().resideInAnyPackage("io.caseledger.command..", "io.caseledger.query..",
                        "io.caseledger.app..", "org.axonframework.commandhandling.gateway..")
                .check(classes);
    }

    @Test
    void queries_do_not_reach_into_the_write_side() {
        noClasses().that().resideInAPackage("io.caseledger.query..")
                .should().dependOnClassesThat().resideInAnyPackage("io.caseledger.command..", "io.caseledger.app..")
                .check(classes);
    }

    /**
     * {@code readEvents(id)} starts with the case's snapshot when there is one: that is for loading the
     * aggregate (Axon's repository does it). History, the hash chain and the summary read the events
     * themselves, from sequence 0.
     */
    @Test
    void only_the_aggregate_repository_reads_a_stream_that_starts_with_a_snapshot() {
        noClasses().should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "readEvents(String) of an event store",
                        call -> call.getName().equals("readEvents") && call.getTarget().getRawParameterTypes().size() == 1
                                && call.getTarget().getOwner().isAssignableTo(org.axonframework.eventsourcing.eventstore.EventStore.class)))
                .check(classes);
    }

    /** What the app runs and rebuilds as a projection is declared, not inferred from where a class lives. */
    @Test
    void every_event_handler_of_the_read_side_is_a_declared_projection_and_nothing_else_is() {
        classes().that().resideInAPackage("io.caseledger.projections..").and().containAnyMethodsThat(annotatedWith(EventHandler.class))
                .should().beAnnotatedWith(Projection.class).andShould().beAnnotatedWith(ProcessingGroup.class)
                .check(classes);
        noClasses().that().resideOutsideOfPackage("io.caseledger.projections..").should().beAnnotatedWith(Projection.class)
                .check(classes);
    }
}
