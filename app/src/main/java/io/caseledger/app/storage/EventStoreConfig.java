package io.caseledger.app.storage;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoDatabase;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Axon's storage. The record: PostgreSQL through Axon's JDBC engine (embedded or external), or Axon
 * Server on its profile. Tokens: the projections' stay in MongoDB beside the views they describe
 * ({@link #readModelTokenStore}), so a lost read store rebuilds itself; every other processor (the
 * policies, which act) keeps its token with the record in PostgreSQL, so it never acts on history again.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class EventStoreConfig {

    /**
     * The name this node claims processor segments under. Axon's default (pid@host) is right for one
     * process per host; set {@code caseledger.node-id} where that is not unique (containers that all
     * run as pid 1 on hosts of the same name, or several instances in one JVM).
     */
    public record NodeId(String value) {
    }

    @Bean
    NodeId nodeId(@Value("${caseledger.node-id:}") String configured) {
        return new NodeId(configured.isBlank() ? java.lang.management.ManagementFactory.getRuntimeMXBean().getName() : configured);
    }

    /** Jackson 2 mapper for Axon's JSON serializer (Spring MVC itself uses Jackson 3). */
    @Bean
    ObjectMapper defaultAxonObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**     * Payloads and metadata are stored as text ({@code String}), exactly the JSON the serializer wrote.
     * A command's events are appended in the command's database transaction. Snapshots go through the
     * event serializer too, so their personal fields are sealed as the events' are, and only a snapshot
     * of the current shape is read ({@link SnapshotForms}).
     */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    EventStorageEngine eventStorageEngine(ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Configuration configuration,
                                          @Value("${caseledger.events.fetch-batch-size:100}") int fetchBatchSize) {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .persistenceExceptionResolver(new DuplicateKeyResolver())
                .schema(EventTables.events())
                .dataType(String.class)
                .batchSize(fetchBatchSize)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(eventSerializer)
                .snapshotFilter(SnapshotForms.readable(eventSerializer))
                .upcasterChain(configuration.upcasterChain())
                .build();
    }

    /**
     * On Axon Server: Axon's own event store but for its snapshot serializer, which would write a
     * snapshot's personal fields in clear (Axon gives snapshots the general serializer). Here they are
     * sealed as the events are, and read only in their current shape, as on PostgreSQL.
     */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
    EventStore axonServerEventStore(AxonServerConfiguration axonServer, Configuration configuration,
                                    AxonServerConnectionManager connections,
                                    @Qualifier("eventSerializer") Serializer eventSerializer) {
        return AxonServerEventStore.builder()
                .messageMonitor(configuration.messageMonitor(AxonServerEventStore.class, "eventStore"))
                .configuration(axonServer)
                .platformConnectionManager(connections)
                .snapshotSerializer(eventSerializer)
                .eventSerializer(eventSerializer)
                .snapshotFilter(SnapshotForms.readable(eventSerializer))
                .upcasterChain(configuration.upcasterChain())
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .build();
    }

    /**
     * Cases loaded by earlier commands, kept in memory and checked against the store before each use
     * (see {@link FreshAggregateCache}); the {@code Case} aggregate names this bean.
     */
    @Bean
    org.axonframework.common.caching.Cache caseCache(@org.springframework.context.annotation.Lazy EventStore eventStore,
                                                     @Value("${caseledger.events.cached-cases:10000}") int capacity) {
        return new FreshAggregateCache(eventStore, capacity);
    }

    /** The default token store: with the record where there is a PostgreSQL event store. */
    @Bean
    @Primary
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, NodeId node) {
        return JdbcTokenStore.builder().connectionProvider(connectionProvider).schema(EventTables.tokens())
                .nodeId(node.value()).serializer(serializer).build();
    }

    /** On Axon Server there is no PostgreSQL: every token lives in MongoDB, as before. */
    @Bean
    @Primary
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
    TokenStore axonServerTokenStore(@Qualifier("readModelTokenStore") TokenStore readModelTokenStore) {
        return readModelTokenStore;
    }

    @Bean
    TokenStore readModelTokenStore(MongoDatabase database, Serializer serializer, NodeId node) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                .nodeId(node.value())
                .serializer(serializer)
                .build();
    }
}
