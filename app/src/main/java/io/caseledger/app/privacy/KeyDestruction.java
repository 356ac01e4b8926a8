package io.caseledger.app.privacy;

import io.caseledger.app.storage.StoredSnapshots;
import io.caseledger.domain.erasure.PersonalDataErased;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Destroys a client's key as their erasure is published, before the event is stored. So no reader
 * (projection, feed, export) can ever see the erasure on record while the personal data is still
 * readable. If storing then fails, the data is already unreadable and the (idempotent) erasure
 * command is simply sent again to put it on record; the aggregate decided it was due before this.
 * The case's stored snapshots go with the key (see {@link StoredSnapshots}).
 */
@Component
public class KeyDestruction {

    private final SubjectKeys keys;
    private final ObjectProvider<StoredSnapshots> snapshots;

    KeyDestruction(SubjectKeys keys, ObjectProvider<StoredSnapshots> snapshots) {
        this.keys = keys;
        this.snapshots = snapshots;
    }

    /** Registered on the store itself, before the chain stamp, by {@code EventStoreInterceptors}. */
    public MessageDispatchInterceptor<EventMessage<?>> interceptor() {
        return this::handle;
    }

    private BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> {
            if (message.getPayload() instanceof PersonalDataErased erased) {
                keys.destroy(erased.caseId());
                snapshots.ifAvailable(stored -> stored.forget(erased.caseId()));
            }
            return message;
        };
    }
}
