package io.caseledger.app.storage;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.caseledger.app.CaseLedgerApplication;
import io.caseledger.app.privacy.SealingSerializer;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code axonserver} profile's wiring, without an Axon Server to talk to (none runs here): its
 * event store is Axon Server's, and snapshots go through the sealing serializer, not Axon's general one
 * (which would write a snapshot's personal fields in clear).
 */
class AxonServerProfileWiringTest {

    private MongoServer mongo;

    @BeforeEach
    void startMongo() {
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
    }

    @AfterEach
    void stopMongo() {
        mongo.shutdownNow();
    }

    /** What the wired event store's snapshot serializer is, seen before the application starts to connect. */
    private static final AtomicReference<Object> SNAPSHOT_SERIALIZER = new AtomicReference<>();

    @Test
    void onAxonServerSnapshotsAreSealedLikeTheEvents() {
        SpringApplicationBuilder application = new SpringApplicationBuilder(CaseLedgerApplication.class)
                .initializers(context -> ((GenericApplicationContext) context).registerBean("wiringProbe", SmartInitializingSingleton.class, () -> () -> {
                    EventStore store = context.getBean(EventStore.class);
                    assertThat(store).isInstanceOf(AxonServerEventStore.class);
                    AbstractEventStorageEngine engine = ReflectionTestUtils.invokeMethod(store, "storageEngine");
                    // Axon Server's engine wraps the configured serializer for its metadata format.
                    SNAPSHOT_SERIALIZER.set(ReflectionTestUtils.getField(engine.getSnapshotSerializer(), "delegate"));
                    // Starting would wait for an Axon Server that is not there.
                    throw new IllegalStateException("wired; not starting");
                }));
        assertThatThrownBy(() -> application.run(
                "--spring.profiles.active=axonserver,demo",
                "--spring.main.web-application-type=none",
                "--axon.axonserver.servers=127.0.0.1:1",
                "--caseledger.mongodb.uri=mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort(),
                "--caseledger.mongodb.database=axonserver-wiring")).hasStackTraceContaining("wired; not starting");
        assertThat(SNAPSHOT_SERIALIZER.get()).isInstanceOf(SealingSerializer.class);
    }
}
