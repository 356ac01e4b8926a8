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
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ByIdsTest {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final List<String> finds = Collections.synchronizedList(new ArrayList<>());
    private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    if (event.getCommandName().equals("find")) {
                        finds.add(event.getCommand().toJson());
                    }
                }
            }).build());

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void every_document_of_the_ids_is_found_a_chunk_of_ids_per_query_and_no_other() {
        MongoCollection<Document> docs = client.getDatabase("test").getCollection("docs");
        IntStream.range(0, 130).forEach(i -> docs.insertOne(new Document("_id", "d" + i)));
        List<String> wanted = IntStream.range(0, 120).mapToObj(i -> "d" + i).toList();
        finds.clear();

        List<String> found = new ArrayList<>();
        ByIds.find(docs, wanted, d -> found.add(d.getString("_id")));

        assertThat(found).containsExactlyInAnyOrderElementsOf(wanted);
        assertThat(finds).hasSize(3);
    }
}
