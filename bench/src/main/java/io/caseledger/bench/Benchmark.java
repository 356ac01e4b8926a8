package io.caseledger.bench;

import com.mongodb.client.MongoDatabase;
import io.caseledger.app.CaseLedgerApplication;
import org.axonframework.eventsourcing.eventstore.EventStore;
import javax.sql.DataSource;
import io.caseledger.domain.enrolment.EnrolClient;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.timeout.AxonTaskJanitor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.caseledger.domain.contact.ContactMode;
import io.caseledger.domain.contact.ContactOutcome;
import io.caseledger.domain.contact.RecordContact;
import java.util.stream.Stream;

/**
 * Drives the real application on a fresh embedded store and prints what it sustains, with every
 * projection and policy running: EnrolClient (new cases) and RecordContact (existing cases) through
 * Axon from one thread and from several, how soon the caseload projection catches up, and plain
 * single-row JDBC inserts into the same PostgreSQL as the ceiling to compare with; then, with
 * --grow-to, the same command phases again after the store has grown to each size. Between the two,
 * a case of 1,000 events is loaded from the store for each of its commands: from its snapshot, and
 * from all its events.
 * Not a test: figures depend on the machine, so nothing is asserted.
 * Usage: bench/run.sh [--cases N] [--threads T] [--warmup W] [--grow-to A,B,C] [--profile]
 */
public final class Benchmark {

    /** Commands carry the actor as the HTTP layer would stamp it; there is no web request here. */
    private static final MetaData ACTOR = MetaData.from(Map.of("userId", "bench", "userRole", "CASE_MANAGER"));

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path dataDir = Files.createTempDirectory("caseledger-bench-");
        try (ConfigurableApplicationContext app = start(dataDir)) {
            new Benchmark(app, options).run();
        } finally {
            // Axon 4.11-4.13.0 leave their static timeout janitor (a non-daemon thread) running after
            // the context closes (AxonFramework#4244, fixed in 4.13.1); exec:java would wait on it forever.
            AxonTaskJanitor.INSTANCE.shutdown();
            // The context is closed by now, so the embedded store has flushed and released its file.
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(Benchmark::delete);
            }
        }
    }

    /**
     * Command-line arguments outrank application.yml and the environment, so the run uses the
     * embedded store in the temp directory even where MONGODB_URI or CASELEDGER_DATA_DIR is set.
     * No web server: commands go straight to the gateway.
     */
    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(CaseLedgerApplication.class).run(
                "--spring.main.web-application-type=none",
                "--spring.profiles.active=demo",
                "--caseledger.mongodb.uri=",
                "--caseledger.mongodb.embedded.data-dir=" + dataDir,
                "--caseledger.mongodb.embedded.port=0",
                "--caseledger.postgres.url=",
                "--caseledger.postgres.embedded.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn",
                // mongo-java-server warns once per ignored compound index; the README documents that limit.
                "--logging.level.de.bwaldvogel.mongo=error");
    }

    private final Options options;
    private final CommandGateway commands;
    private final Store store;
    private final Processors processors;
    private final Filler filler;
    private final org.axonframework.common.caching.Cache caseCache;
    private final DataSource dataSource;
    private final SyntheticClients clients = new SyntheticClients();
    private final List<EnrolClient> open = new ArrayList<>();
    private long enrolled;

    private Benchmark(ConfigurableApplicationContext app, Options options) {
        this.options = options;
        this.commands = app.getBean(CommandGateway.class);
        this.store = new Store(app.getBean(MongoDatabase.class), app.getBean(DataSource.class));
        this.processors = new Processors(app.getBean(EventProcessingConfiguration.class), app.getBean(EventStore.class));
        this.caseCache = app.getBean("caseCache", org.axonframework.common.caching.Cache.class);
        this.dataSource = app.getBean(DataSource.class);
        this.filler = new Filler(app.getBean(DataSource.class), app.getBean(EventStore.class),
                app.getBean(EventProcessingConfiguration.class));
    }

    private void run() throws Exception {
        Report report = new Report(options);
        report.machine();

        // Not measured: lets the JIT compile the command path and fills the connection pools.
        enrol(options.warmup(), options.threads());
        processors.awaitIdle();

        Round first = Profile.of(options.profile(), "command phases on the fresh store", () -> round("fresh store"));
        double eventBytes = store.averageEventBytes();
        Load.Modes raw = store.rawInserts(options.warmup(), options.cases(), options.threads());
        report.summary(first, raw, eventBytes);
        Report.longLived(new LongLivedCase(commands, caseCache, dataSource).measure(clients.batch(1)[0], 1_000, 30));
        for (int size : options.growTo()) {
            long added = filler.growTo(size, enrolled);
            processors.awaitIdle();
            report.grown(size, added, round(size + " cases stored"), first);
        }
    }

    /** One measurement of each command phase, the processors idle before each. */
    record Round(Load.Result enrolOne, Store.CatchUp enrolOneCatchUp, Load.Result enrolMany, Store.CatchUp enrolManyCatchUp,
                 Load.Result contactOne, Load.Result contactMany) {
    }

    private Round round(String label) throws InterruptedException {
        Load.Result enrolOne = enrol(options.cases(), 1);
        Store.CatchUp enrolOneCatchUp = store.awaitCaseload(enrolled);
        processors.awaitIdle();
        Load.Result enrolMany = enrol(options.cases(), options.threads());
        Store.CatchUp enrolManyCatchUp = store.awaitCaseload(enrolled);
        processors.awaitIdle();
        Load.Result contactOne = contact(options.cases(), 1);
        processors.awaitIdle();
        Load.Result contactMany = contact(options.cases(), options.threads());
        processors.awaitIdle();
        Round round = new Round(enrolOne, enrolOneCatchUp, enrolMany, enrolManyCatchUp, contactOne, contactMany);
        Report.phases(label, round, options.threads());
        return round;
    }

    /** Enrols {@code n} new clients from {@code threads} client threads, each command waiting for its result. */
    private Load.Result enrol(int n, int threads) throws InterruptedException {
        EnrolClient[] batch = clients.batch(n);
        Load.Result result = Load.run(n, threads, i -> commands.sendAndWait(batch[i], ACTOR));
        for (EnrolClient enrolment : batch) {
            open.add(enrolment);
        }
        enrolled += n;
        return result;
    }

    /**
     * Records {@code n} contacts on existing cases, the most recently enrolled first, each by the case's
     * own case manager; no two threads touch one case at the same time (n is at most the open cases).
     */
    private Load.Result contact(int n, int threads) throws InterruptedException {
        EnrolClient[] cases = open.subList(open.size() - Math.min(n, open.size()), open.size()).toArray(EnrolClient[]::new);
        MetaData[] actors = new MetaData[cases.length];
        RecordContact[] contacts = new RecordContact[cases.length];
        for (int i = 0; i < cases.length; i++) {
            actors[i] = MetaData.from(Map.of("userId", cases[i].caseManagerId(), "userRole", "CASE_MANAGER", "userTeam", "north"));
            contacts[i] = new RecordContact(cases[i].caseId(), UUID.randomUUID().toString(), ContactMode.PHONE,
                    ContactOutcome.SUCCESSFUL, null, 15, null);
        }
        return Load.run(cases.length, threads, i -> commands.sendAndWait(contacts[i], actors[i]));
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            System.err.println("could not delete " + path + ": " + e.getMessage());
        }
    }
}
