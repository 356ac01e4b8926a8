package io.caseledger.app.operations;

import io.caseledger.app.storage.EmbeddedMongo;
import io.caseledger.app.storage.EmbeddedPostgresServer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN: which stores this node runs on, and whether the embedded read store had to start over. */
@RestController
class StoresController {

    private final ObjectProvider<EmbeddedPostgresServer> embeddedPostgres;
    private final ObjectProvider<EmbeddedMongo> embeddedMongo;
    private final boolean axonServer;

    StoresController(ObjectProvider<EmbeddedPostgresServer> embeddedPostgres, ObjectProvider<EmbeddedMongo> embeddedMongo,
                     @Value("${axon.axonserver.enabled:false}") boolean axonServer) {
        this.embeddedPostgres = embeddedPostgres;
        this.embeddedMongo = embeddedMongo;
        this.axonServer = axonServer;
    }

    /**
     * @param eventStore       embedded-postgresql, external-postgresql or axon-server
     * @param readStore        embedded-mongodb or external-mongodb
     * @param readStoreReset   set when this start found the embedded read store unreadable and started it empty
     * @param recoveredOrphan  this start stopped a PostgreSQL server that a killed earlier run had left running
     */
    record Stores(String eventStore, String readStore, EmbeddedMongo.Reset readStoreReset, boolean recoveredOrphan) {
    }

    @GetMapping("/api/admin/stores")
    Stores stores() {
        EmbeddedPostgresServer postgres = embeddedPostgres.getIfAvailable();
        EmbeddedMongo mongo = embeddedMongo.getIfAvailable();
        String eventStore = axonServer ? "axon-server" : postgres != null ? "embedded-postgresql" : "external-postgresql";
        return new Stores(eventStore, mongo != null ? "embedded-mongodb" : "external-mongodb",
                mongo == null ? null : mongo.reset().orElse(null), postgres != null && postgres.recoveredOrphan());
    }
}
