package io.caseledger.app.operations;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the projections' tracking processors run. Policies (processors that send commands) keep Axon's
 * defaults: one event at a time, and an initial replay so that a new policy never acts on history.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionProcessing {

    /**
     * Up to {@code caseledger.projections.batch-size} events per unit of work, so the token is stored once
     * a batch instead of once an event; safe because every projection ignores a re-delivered event.
     * A new or rebuilt projection starts at the first stored event without Axon's initial replay token:
     * that token exists for replay-aware handlers, which projections are not, and on Mongo tokens it
     * merges two maps of event ids for every event processed (87 % of a rebuild's CPU in the read-side
     * benchmark, growing with the replay).
     */
    @Bean
    ConfigurerModule projectionProcessors(ApplicationContext context, @Value("${caseledger.projections.batch-size:100}") int batchSize) {
        return configurer -> configurer.eventProcessing(processing -> Projections.groupsIn(context).forEach(name ->
                processing.registerTrackingEventProcessorConfiguration(name, axon -> TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing()
                        .andBatchSize(batchSize)
                        .andInitialTrackingToken(StreamableMessageSource::createTailToken))));
    }
}
