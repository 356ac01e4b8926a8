package io.caseledger.app;

import io.caseledger.app.audit.HashChainStamp;
import io.caseledger.app.privacy.KeyDestruction;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The event store's dispatch interceptors, registered here in their one right order rather than from
 * their own constructors in whatever order Spring creates them. They sit on the store itself (not the
 * bus) so they see exactly the events being appended.
 * <ol>
 *   <li>{@link KeyDestruction}: a client's key is destroyed as their erasure is published, before anything stores it.</li>
 *   <li>{@link HashChainStamp}, last: it hashes the payload serialized as the store will write it (sealed),
 *   so no interceptor may change the message after it. That the store's own serialization gives the same
 *   bytes rests on the cipher's IV being derived from the value ({@code PersonalDataCipher}), not random.</li>
 * </ol>
 */
@Component
class EventStoreInterceptors {

    EventStoreInterceptors(EventStore eventStore, KeyDestruction keyDestruction, HashChainStamp stamp) {
        eventStore.registerDispatchInterceptor(keyDestruction.interceptor());
        eventStore.registerDispatchInterceptor(stamp.interceptor());
    }
}
