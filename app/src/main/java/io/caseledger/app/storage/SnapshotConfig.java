package io.caseledger.app.storage;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Snapshots of long-lived cases: after every {@code caseledger.events.snapshot-every} events a case
 * loads with, or gains, its {@link io.caseledger.command.casefile.CaseSnapshot} is stored, so loading
 * it reads the snapshot and at most that many events. Snapshots are taken on one background thread
 * after the command's commit (the answer does not wait for them); when that thread is behind, new
 * requests are dropped, as the next load of the case will ask again.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class SnapshotConfig {

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService snapshotExecutor() {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1_000), runnable -> {
            Thread thread = new Thread(runnable, "case-snapshots");
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.DiscardPolicy());
    }

    /** Replaces Axon's default snapshotter (it backs off when any {@link Snapshotter} bean exists). */
    @Bean
    Snapshotter caseSnapshotter(Configuration configuration, HandlerDefinition handlerDefinition,
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

    /** The {@code Case} aggregate names this bean. */
    @Bean
    SnapshotTriggerDefinition caseSnapshots(Snapshotter snapshotter, @Value("${caseledger.events.snapshot-every:100}") int every) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, every);
    }
}
