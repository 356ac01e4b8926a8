package io.caseledger.projections.storage;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch of events written as a processor writes it, counting what crosses the wire. */
class BatchedCollectionTest {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final List<String> commands = Collections.synchronizedList(new ArrayList<>());
    private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    commands.add(event.getCommandName());
                }
            }).build());
    private final List<String> commandsBeforeCommit = new ArrayList<>();
    private final MongoCollection<Document> stored = client.getDatabase("test").getCollection("counts");
    private final BatchedCollection counts = BatchedCollection.keyedByAggregate(stored, "version");

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private static List<DomainEventMessage<?>> events(int perCase, String... caseIds) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        IntStream.range(0, perCase).forEach(seq -> {
            for (String caseId : caseIds) {
                events.add(new GenericDomainEventMessage<>("Case", caseId, seq, "event " + seq));
            }
        });
        return events;
    }

    /** Runs the batch as Axon's pooled processor does: every event through the interceptor, then commit. */
    private void process(List<DomainEventMessage<?>> batch, List<String> storedAtCommit) throws Exception {
        BatchingUnitOfWork<DomainEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        unitOfWork.onPrepareCommit(u -> {
            commandsBeforeCommit.addAll(commands);
            stored.find().forEach(d -> storedAtCommit.add(d.getString("_id") + "@" + d.get("version")));
        });
        unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork, List.of(new FlushAtBatchEnd()), message -> {
            DomainEventMessage<?> event = unitOfWork.getMessage();
            counts.apply(event.getAggregateIdentifier(), event.getSequenceNumber(),
                    doc -> doc.put("events", doc.getInteger("events", 0) + 1));
            return null;
        }).proceed());
    }

    @Test
    void a_batch_reads_its_cases_in_one_query_and_writes_them_in_one_bulk_write_before_the_token_is_stored() throws Exception {
        List<String> atCommit = new ArrayList<>();
        commands.clear();

        process(events(50, "c1", "c2"), atCommit);

        assertThat(commandsBeforeCommit).as("100 events of 2 cases").containsExactly("find", "update");
        assertThat(atCommit).as("written before the commit step that stores the token").containsExactlyInAnyOrder("c1@49", "c2@49");
        assertThat(stored.find(new Document("_id", "c1")).first().getInteger("events")).isEqualTo(50);
    }

    @Test
    void a_batch_delivered_again_applies_only_the_events_that_were_not_written() throws Exception {
        process(events(10, "c1"), new ArrayList<>());

        process(events(15, "c1"), new ArrayList<>());

        Document c1 = stored.find(new Document("_id", "c1")).first();
        assertThat(c1.getInteger("events")).as("events 10 to 14 only").isEqualTo(15);
        assertThat(c1.getLong("version")).isEqualTo(14);
    }

    @Test
    void outside_a_unit_of_work_each_call_is_written_at_once() {
        counts.apply("c1", 0, doc -> doc.put("events", 1));
        counts.apply("c1", 0, doc -> doc.put("events", 2));

        assertThat(stored.find(new Document("_id", "c1")).first().getInteger("events")).as("the re-delivery changed nothing").isEqualTo(1);
    }
}
