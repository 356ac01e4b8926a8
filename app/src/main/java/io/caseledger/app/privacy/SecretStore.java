package io.caseledger.app.privacy;

import java.util.Optional;

/**
 * Named secrets that outlive any read model: clients' sealing keys, the installation's pseudonym key.
 * With a PostgreSQL event store they live beside the record (a lost read store must never take the
 * keys to the record with it); on Axon Server, in MongoDB. A destroyed secret leaves a tombstone.
 */
public interface SecretStore {

    /** The stored state of {@code name}: empty when never created; {@code value} null once destroyed. */
    Optional<Stored> read(String name);

    /** Stores {@code fresh} unless {@code name} exists; answers what is stored then (whoever came first wins). */
    Stored createIfAbsent(String name, byte[] fresh);

    /** Destroys the value for good, leaving the tombstone (idempotent, also for a name never created). */
    void destroy(String name);

    record Stored(byte[] value) {
        public boolean destroyed() {
            return value == null;
        }
    }
}
