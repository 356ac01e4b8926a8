package io.caseledger.app.operations;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.CapacityMonitor;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Axon's metrics for every component, as Axon registers them, except that an event processor's
 * capacity is measured over {@link #CAPACITY_WINDOW} instead of Axon's ten minutes. Axon's capacity
 * monitor keeps one sample per event for the whole window, so the heap it takes grows with the event
 * rate: a rebuild of 2 million events at 8,000 events/s kept them all (407 MiB of a 512 MiB heap live
 * after a full collection, and the queries waited for the collector).
 */
class BoundedMetricRegistry extends GlobalMetricRegistry {

    static final Duration CAPACITY_WINDOW = Duration.ofSeconds(10);

    BoundedMetricRegistry(MeterRegistry registry) {
        super(registry);
    }

    /** Axon's four processor monitors (the app's metrics are dimensional: this is the variant Axon calls). */
    @Override
    public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String eventProcessorName,
                                                                          Function<Message<?>, Iterable<Tag>> tagsBuilder,
                                                                          Function<Message<?>, Iterable<Tag>> latencyTagsBuilder) {
        MeterRegistry registry = getRegistry();
        return new MultiMessageMonitor<>(List.of(
                MessageTimerMonitor.buildMonitor(eventProcessorName, registry, tagsBuilder),
                EventProcessorLatencyMonitor.builder().meterNamePrefix(eventProcessorName).meterRegistry(registry)
                        .tagsBuilder(latencyTagsBuilder).build(),
                CapacityMonitor.buildMonitor(eventProcessorName, registry, CAPACITY_WINDOW.toMillis(), TimeUnit.MILLISECONDS,
                        Clock.SYSTEM, tagsBuilder),
                MessageCountingMonitor.buildMonitor(eventProcessorName, registry, tagsBuilder)));
    }
}
