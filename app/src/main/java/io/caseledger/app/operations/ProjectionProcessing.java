package io.caseledger.app.operations;

import io.caseledger.projections.storage.FlushAtBatchEnd;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the projections' processors run: Axon's pooled streaming processors, each stream split into
 * {@code caseledger.projections.segments} segments by case (Axon's default sequencing policy keeps one
 * case's events in one segment, in order), so segments can be worked on in parallel and shared between
 * nodes; their shutdown, reset and restart is also free of the tracking processor's launcher races (a
 * rebuild-all under load once left a tracking processor with no worker). Policies (processors that
 * send commands) keep Axon's defaults: one event at a time, and an initial replay so that a new policy
 * never acts on history.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionProcessing {

    /**
     * Up to {@code caseledger.projections.batch-size} events per unit of work, so the token is stored once
     * a batch instead of once an event; safe because every projection ignores a re-delivered event.
     * A new projection starts at the first stored event without Axon's initial replay token: that token
     * exists for replay-aware handlers, which projections are not.
     */
    @Bean
    ConfigurerModule projectionProcessors(ApplicationContext context,
                                          @Value("${caseledger.projections.batch-size:100}") int batchSize,
                                          @Value("${caseledger.projections.segments:2}") int segments,
                                          @Qualifier("readModelTokenStore") TokenStore readModelTokens) {
        return configurer -> configurer.eventProcessing(processing -> ProjectionAdmin.groupsIn(context).forEach(name -> processing
                .registerPooledStreamingEventProcessor(name, axon -> axon.eventStore(), (axon, builder) -> builder
                        .initialSegmentCount(segments)
                        .batchSize(batchSize)
                        .initialToken(StreamableMessageSource::createTailToken))
                // Beside the views they describe: a read store lost and started empty rebuilds from the first event.
                .registerTokenStore(name, axon -> readModelTokens)
                // A batch's view changes are written in one bulk write per collection, before its token.
                .registerHandlerInterceptor(name, axon -> new FlushAtBatchEnd())));
    }

    /** Axon's metrics with a bounded capacity window (see {@link BoundedMetricRegistry}); Axon's own registry backs off. */
    @Bean
    GlobalMetricRegistry globalMetricRegistry(MeterRegistry registry) {
        return new BoundedMetricRegistry(registry);
    }
}
