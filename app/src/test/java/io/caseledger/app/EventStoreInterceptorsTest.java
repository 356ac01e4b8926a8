package io.caseledger.app;

import io.caseledger.app.audit.HashChainStamp;
import io.caseledger.app.privacy.KeyDestruction;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The chain stamp is the store's last interceptor: nothing may change an event after its hash is taken. */
class EventStoreInterceptorsTest {

    @Test
    void key_destruction_is_registered_before_the_chain_stamp_and_nothing_after_it() {
        EventStore store = mock(EventStore.class);
        KeyDestruction keys = mock(KeyDestruction.class);
        HashChainStamp stamp = mock(HashChainStamp.class);
        MessageDispatchInterceptor<EventMessage<?>> destroy = messages -> (index, message) -> message;
        MessageDispatchInterceptor<EventMessage<?>> stamping = messages -> (index, message) -> message;
        when(keys.interceptor()).thenReturn(destroy);
        when(stamp.interceptor()).thenReturn(stamping);

        new EventStoreInterceptors(store, keys, stamp);

        InOrder order = inOrder(store);
        order.verify(store).registerDispatchInterceptor(destroy);
        order.verify(store).registerDispatchInterceptor(stamping);
        order.verifyNoMoreInteractions();
    }
}
