package io.caseledger.app.storage;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Snapshots of long-lived cases: after every {@code caseledger.events.snapshot-every} events a case
 * loads with, or gains, its {@link io.caseledger.command.casefile.CaseSnapshot} is stored, so loading
 * it reads the snapshot and at most that many events; {@code 0} takes none. Snapshots are taken on one
 * background thread after the command's commit (the answer does not wait for them). Its queue is not
 * bounded here: Axon's snapshotter queues at most one request per case, and a request it handed over
 * but the executor dropped would stay "in progress" and stop that case's snapshots until a restart.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class SnapshotConfig {

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService snapshotExecutor() {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "case-snapshots");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Replaces Axon's default snapshotter (it backs off when any {@link Snapshotter} bean exists). */
    @Bean
    CaseSnapshotter caseSnapshotter(Configuration configuration, HandlerDefinition handlerDefinition,
                                ParameterResolverFactory parameterResolverFactory, EventStore eventStore,
                                TransactionManager transactionManager, SnapshotterSpanFactory spanFactory,
                                @Qualifier("snapshotExecutor") ExecutorService executor) {
        return new CaseSnapshotter(CaseSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(executor));
    }

    /** The {@code Case} aggregate names this bean. Axon's count trigger would snapshot after every event at 0. */
    @Bean
    SnapshotTriggerDefinition caseSnapshots(Snapshotter snapshotter, @Value("${caseledger.events.snapshot-every:100}") int every) {
        return every <= 0 ? NoSnapshotTriggerDefinition.INSTANCE : new EventCountSnapshotTriggerDefinition(snapshotter, every);
    }
}
