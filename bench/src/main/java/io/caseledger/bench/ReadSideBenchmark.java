package io.caseledger.bench;

import io.caseledger.app.CaseLedgerApplication;

import io.caseledger.domain.enrolment.ClientEnrolled;
import io.caseledger.domain.scope.Viewer;
import io.caseledger.domain.shared.MetadataKeys;
import io.caseledger.domain.shared.Role;
import io.caseledger.query.caseload.Caseload;
import io.caseledger.query.caseload.FindCaseload;
import io.caseledger.query.team.FindTeam;
import io.caseledger.query.team.Team;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.caseledger.app.operations.ProjectionAdmin;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.timeout.AxonTaskJanitor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The read side at scale: stores a caseload-sized population (100,000 cases of about 20 events by
 * default, 70 to a case manager, 10 case managers to a team), rebuilds the projections from the event
 * store through Axon's own reset and tracking processors, then asks the caseload and team questions
 * through the query bus as a case manager and a supervisor would. Prints the rebuild rate, query
 * latency percentiles and peak heap of each phase, and with --profile where the CPU time went.
 * Not a test: figures depend on the machine, so nothing about speed is asserted; the answers are
 * checked, so a fast wrong answer cannot pass for a figure.
 * Usage: bench/read-side.sh [options], options in {@link ReadSideOptions}.
 */
public final class ReadSideBenchmark {

    private static final int HISTORY_GAP_SECONDS = 60;

    private static final String TEAM = "bench-t000";
    private static final String SUPERVISOR = "bench-sup-000";
    private static final String EXTERNAL_DATABASE = "caseledger_bench";
    /** {@code --mongodb-uri memory}: an in-memory mongo-java-server in this JVM. */
    static final String MEMORY = "memory";

    public static void main(String[] args) throws Exception {
        ReadSideOptions parsed = ReadSideOptions.parse(args);
        // "memory": the same wire protocol and server code without the H2 file, to show what the file costs.
        MongoServer inMemory = MEMORY.equals(parsed.mongodbUri()) ? new MongoServer(new MemoryBackend()) : null;
        ReadSideOptions options = inMemory == null ? parsed : parsed.withMongodbUri(inMemory.bindAndGetConnectionString());
        Path dataDir = Files.createTempDirectory("caseledger-bench-");
        try (ConfigurableApplicationContext app = start(options, dataDir); HeapWatch heap = new HeapWatch()) {
            new ReadSideBenchmark(app, options, heap, inMemory != null).run();
        } finally {
            if (inMemory != null) {
                inMemory.shutdownNow();
            }
            AxonTaskJanitor.INSTANCE.shutdown(); // see Benchmark: a non-daemon thread Axon leaves behind
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(ReadSideBenchmark::delete);
            }
        }
    }

    /**
     * The real application without a web server. Only the first team is on the roster (the others'
     * cases exist to make the collections their real size): its case managers and its supervisor,
     * who sign in through the identity provider in production and so need no password here.
     */
    private static ConfigurableApplicationContext start(ReadSideOptions options, Path dataDir) {
        if (!options.mongodbUri().isBlank()) {
            // A real MongoDB: the run gets a database of its own, emptied first, never the application's.
            try (MongoClient client = MongoClients.create(options.mongodbUri())) {
                client.getDatabase(EXTERNAL_DATABASE).drop();
            }
        }
        List<String> args = new ArrayList<>(List.of(
                "--caseledger.mongodb.database=" + EXTERNAL_DATABASE,
                "--spring.main.web-application-type=none",
                "--caseledger.mongodb.uri=" + options.mongodbUri(),
                "--caseledger.mongodb.embedded.data-dir=" + dataDir,
                "--caseledger.mongodb.embedded.port=0", "--caseledger.postgres.url=", "--caseledger.postgres.embedded.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn",
                "--logging.level.de.bwaldvogel.mongo=error"));
        for (int m = 0; m < options.teamSize(); m++) {
            args.add("--caseledger.security.users[" + m + "].username=" + caseManager(m));
            args.add("--caseledger.security.users[" + m + "].role=CASE_MANAGER");
            args.add("--caseledger.security.users[" + m + "].team=" + TEAM);
        }
        args.add("--caseledger.security.users[" + options.teamSize() + "].username=" + SUPERVISOR);
        args.add("--caseledger.security.users[" + options.teamSize() + "].role=SUPERVISOR");
        args.add("--caseledger.security.users[" + options.teamSize() + "].team=" + TEAM);
        return new SpringApplicationBuilder(CaseLedgerApplication.class).run(args.toArray(String[]::new));
    }

    private final ReadSideOptions options;
    private final HeapWatch heap;
    private final boolean inMemoryReadStore;
    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final ProjectionAdmin projections;
    private final QueryGateway queries;
    private final CaseLives lives = new CaseLives();
    private final AtomicLong events = new AtomicLong();

    private ReadSideBenchmark(ConfigurableApplicationContext app, ReadSideOptions options, HeapWatch heap, boolean inMemoryReadStore) {
        this.options = options;
        this.inMemoryReadStore = inMemoryReadStore;
        this.heap = heap;
        this.eventStore = app.getBean(EventStore.class);
        this.processing = app.getBean(EventProcessingConfiguration.class);
        this.projections = app.getBean(ProjectionAdmin.class);
        this.queries = app.getBean(QueryGateway.class);
    }

    private void run() throws Exception {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("Java %s, %d cores, max heap %d MiB, store %s%n", System.getProperty("java.version"),
                runtime.availableProcessors(), runtime.maxMemory() >> 20,
                options.mongodbUri().isBlank() ? "embedded (mongo-java-server on H2 MVStore)"
                        : inMemoryReadStore ? "mongo-java-server in memory (no file)" : "external MongoDB");
        System.out.printf("%d cases, %d per case manager, %d case managers per team; projections %s%n%n",
                options.cases(), options.perManager(), options.teamSize(), projections.names());
        // Every processor stops, policies included: loading is not timed against them, and a policy
        // must never act on the synthetic history (it would send commands). Only projections restart.
        processing.eventProcessors().values().stream().filter(StreamingEventProcessor.class::isInstance)
                .forEach(p -> p.shutdownAsync().join());

        heap.reset();
        Load.Result load = Profile.of(options.profile(), "loading", this::load);
        long stored = events.get();
        System.out.printf("%-34s %,d events in %,d cases, %.0f cases/s = %.0f events/s; peak heap %d MiB%n",
                "stored", stored, options.cases(), load.perSecond(), stored / (load.wallNanos() / 1e9), heap.peakMiB());

        heap.reset();
        long streamNanos = Profile.of(options.profile(), "reading the event stream", () -> stream(stored));
        System.out.printf("%-34s %,d events in %.1f s = %,.0f events/s (the store's tracking stream alone, payloads read); peak heap %d MiB%n",
                "event stream", stored, streamNanos / 1e9, stored / (streamNanos / 1e9), heap.peakMiB());

        for (String which : options.rebuilds()) {
            List<String> names = which.equals("caseload") ? List.of("caseload") : projections.names();
            heap.reset();
            long nanos = Profile.of(options.profile(), "rebuild of " + which, () -> rebuild(names));
            System.out.printf("%-34s %,d events in %.1f s = %,.0f events/s (%d projection%s); peak heap %d MiB%n",
                    "rebuild " + which, stored, nanos / 1e9, stored / (nanos / 1e9), names.size(), names.size() == 1 ? "" : "s",
                    heap.peakMiB());
        }
        if (options.rebuilds().equals(List.of("caseload"))) {
            // The team view also counts this week's contacts, so its projection must be current too.
            rebuild(List.of("contacts"));
        }

        Viewer caseManager = new Viewer(caseManager(0), Role.CASE_MANAGER, TEAM, null);
        Viewer supervisor = new Viewer(SUPERVISOR, Role.SUPERVISOR, TEAM, null);
        heap.reset();
        Load.Result caseload = Profile.of(options.profile(), "caseload queries", () -> measure(() -> {
            Caseload answer = ask(new FindCaseload(caseManager.userId()), caseManager, Caseload.class);
            check(answer.openCases() == options.perManager(), "caseload of " + answer.openCases() + " cases");
        }));
        report("caseload, case manager (" + options.perManager() + ")", caseload);
        Load.Result team = Profile.of(options.profile(), "team queries", () -> measure(() -> {
            Team answer = ask(new FindTeam(TEAM), supervisor, Team.class);
            int open = answer.caseManagers().stream().mapToInt(Team.CaseManagerLoad::openCases).sum();
            check(open == options.perManager() * options.teamSize(), "team of " + open + " cases");
        }));
        report("team view, supervisor (" + options.teamSize() + " CMs)", team);
        System.out.printf("%-34s %d MiB peak during queries; %d MiB live after a full GC%n", "heap", heap.peakMiB(), HeapWatch.liveMiB());
    }

    /** Stores each case's history as one commit through the event store, stamped and sealed as the app would. */
    private Load.Result load() throws InterruptedException {
        long began = System.nanoTime();
        Instant historyStart = Instant.now().minusSeconds((long) options.cases() * HISTORY_GAP_SECONDS + 60);
        return Load.run(options.cases(), options.threads(), i -> {
            String caseManager = caseManager(i / options.perManager());
            String team = "bench-t%03d".formatted(i / options.perManager() / options.teamSize());
            List<Object> history;
            synchronized (lives) {
                history = lives.next(caseManager);
            }
            String caseId = ((ClientEnrolled) history.get(0)).caseId();
            MetaData who = MetaData.from(Map.of(MetadataKeys.USER, caseManager, MetadataKeys.ROLE, Role.CASE_MANAGER.name(),
                    MetadataKeys.TEAM, team, MetadataKeys.CORRELATION_ID, UUID.randomUUID().toString()));
            // Stored at past times a minute apart, as a store fills over months.
            Instant at = historyStart.plusSeconds((long) i * HISTORY_GAP_SECONDS);
            List<EventMessage<?>> messages = new ArrayList<>(history.size());
            for (int seq = 0; seq < history.size(); seq++) {
                MetaData metaData = who.and(MetadataKeys.CAUSATION_ID, UUID.randomUUID().toString());
                messages.add(new GenericDomainEventMessage<>(io.caseledger.domain.shared.StreamType.CASE, caseId, seq, history.get(seq), metaData,
                        UUID.randomUUID().toString(), at.plusMillis(seq)));
            }
            ResultMessage<?> result = DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> {
                eventStore.publish(messages);
                return null;
            });
            if (result.isExceptional()) {
                throw new IllegalStateException("storing a case failed", result.exceptionResult());
            }
            long total = events.addAndGet(messages.size());
            if ((i + 1) % 10_000 == 0) {
                System.out.printf("  ... %,d cases, %,d events, %.0f s%n", i + 1, total, (System.nanoTime() - began) / 1e9);
            }
        });
    }

    /**
     * Reads every event from the start through the same tracking stream a projection's processor reads,
     * opening each payload (deserialised and unsealed), with no handler and no token store: the part of
     * a rebuild's time that the event store itself takes.
     */
    private long stream(long expected) {
        long start = System.nanoTime();
        long read = 0;
        try (var events = eventStore.openStream(null)) {
            while (read < expected && events.hasNextAvailable(10, TimeUnit.SECONDS)) {
                check(events.nextAvailable().getPayload() != null, "an event without a payload");
                read++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the stream", e);
        }
        check(read == expected, "the stream gave " + read + " of " + expected + " events");
        return System.nanoTime() - start;
    }

    /**
     * What the ADMIN rebuild does ({@code ProjectionAdmin.rebuild}), timed until every projection has stopped
     * saying "rebuilding", the same answer the admin endpoint and the views give.
     */
    private long rebuild(List<String> names) throws InterruptedException {
        List<StreamingEventProcessor> processors = names.stream().map(n -> projections.processor(n).orElseThrow()).toList();
        long start = System.nanoTime();
        for (String name : names) {
            if (!projections.startRebuild(name)) {
                throw new IllegalStateException(name + " was already rebuilding");
            }
        }
        long lastReport = start;
        while (!names.stream().allMatch(this::rebuilt)) {
            if (processors.stream().anyMatch(StreamingEventProcessor::isError)) {
                throw new IllegalStateException("a projection failed during the rebuild; see the log");
            }
            if (System.nanoTime() - start > TimeUnit.HOURS.toNanos(2)) {
                throw new IllegalStateException("the rebuild did not finish within two hours");
            }
            if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(30)) {
                lastReport = System.nanoTime();
                System.out.printf("  ... rebuilding %s, %.0f s, still going: %s%n", names.size() == 1 ? names.get(0) : "all",
                        (lastReport - start) / 1e9, names.stream().filter(n -> !rebuilt(n)).toList());
            }
            Thread.sleep(50);
        }
        return System.nanoTime() - start;
    }

    private boolean rebuilt(String name) {
        return projections.processor(name).orElseThrow().isRunning() && !projections.isRebuilding(name);
    }

    /** A warm-up of a tenth, then {@code queries} timed one after another, as one user clicking. */
    private Load.Result measure(Runnable query) throws InterruptedException {
        Load.run(Math.max(10, options.queries() / 10), 1, i -> query.run());
        return Load.run(options.queries(), 1, i -> query.run());
    }

    /** Asks as the viewer, exactly as the HTTP layer stamps a signed-in user on each query. */
    private <R> R ask(Object query, Viewer viewer, Class<R> answer) {
        return queries.query(new GenericMessage<>(query, MetaData.from(viewer.toMetadata())), ResponseTypes.instanceOf(answer)).join();
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("wrong answer: " + what);
        }
    }

    private static void report(String label, Load.Result result) {
        System.out.printf("%-34s p50 %.2f ms, p99 %.2f ms, max %.2f ms over %d queries (%.0f/s)%n", label,
                result.percentileMillis(0.5), result.percentileMillis(0.99), result.maxMillis(), result.sortedNanos().length,
                result.perSecond());
    }

    private static String caseManager(int index) {
        return "bench-cm-%04d".formatted(index);
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            System.err.println("could not delete " + path + ": " + e.getMessage());
        }
    }
}
