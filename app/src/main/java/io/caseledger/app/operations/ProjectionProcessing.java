package io.caseledger.app.operations;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.beans.factory.annotation.Qualifier;
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
     * A new projection starts at the first stored event without Axon's initial replay token: that token
     * exists for replay-aware handlers, which projections are not.
     */
    @Bean
    ConfigurerModule projectionProcessors(ApplicationContext context, @Value("${caseledger.projections.batch-size:100}") int batchSize,
                                          @Qualifier("readModelTokenStore") TokenStore readModelTokens) {
        return configurer -> configurer.eventProcessing(processing -> Projections.groupsIn(context).forEach(name -> processing
                .registerTrackingEventProcessorConfiguration(name, axon -> TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing()
                        .andBatchSize(batchSize)
                        .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                // Beside the views they describe: a read store lost and started empty rebuilds from the first event.
                .registerTokenStore(name, axon -> readModelTokens)));
    }
}
