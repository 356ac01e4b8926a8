package io.caseledger.app.storage;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentpercommit.DocumentPerCommitStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.config.Configuration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Axon's storage on MongoDB. Events are stored one document per command (a commit), so the
 * events a command yields are written atomically: a failure never leaves half of them behind.
 * On the {@code axonserver} profile Axon Server stores the events and this engine is not created;
 * tracking tokens stay in MongoDB next to the read models they describe.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class EventStoreConfig {

    /** Jackson 2 mapper for Axon's JSON serializer (Spring MVC itself uses Jackson 3). */
    @Bean
    ObjectMapper defaultAxonObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Bean
    MongoTemplate axonMongoTemplate(MongoDatabase database) {
        return DefaultMongoTemplate.builder().mongoDatabase(database).build();
    }

    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    EventStorageEngine eventStorageEngine(MongoTemplate template,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Serializer serializer,
                                          Configuration configuration,
                                          @Value("${caseledger.events.fetch-batch-size:100}") int fetchBatchSize) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(template)
                // Commits per fetch of a tracking stream (Axon's default, 100). Each fetch is a query sorted by
                // time that the embedded server answers by reading and sorting the whole collection, so a larger
                // batch means fewer such reads in a rebuild, but every replaying projection holds a batch in memory
                // at once: 500 made a seven-projection rebuild of 700 cases run out of a 512 MiB heap.
                .batchSize(fetchBatchSize)
                .storageStrategy(new DocumentPerCommitStorageStrategy())
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .upcasterChain(configuration.upcasterChain())
                .build();
        engine.ensureIndexes();
        return engine;
    }

    @Bean
    TokenStore tokenStore(MongoTemplate template, Serializer serializer) {
        return MongoTokenStore.builder().mongoTemplate(template).serializer(serializer).build();
    }
}
