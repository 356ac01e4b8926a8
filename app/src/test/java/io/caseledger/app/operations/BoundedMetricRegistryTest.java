package io.caseledger.app.operations;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.micrometer.CapacityMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An event processor keeps all of Axon's meters, and its capacity samples only for seconds, not minutes. */
class BoundedMetricRegistryTest {

    @Test
    void a_processor_gets_axons_four_meters_with_capacity_over_ten_seconds() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        MessageMonitor<?> monitor = new BoundedMetricRegistry(meters).registerEventProcessor("caseload", m -> List.of(), m -> List.of());

        @SuppressWarnings("unchecked")
        MessageMonitor<org.axonframework.eventhandling.EventMessage<?>> events = (MessageMonitor<org.axonframework.eventhandling.EventMessage<?>>) monitor;
        events.onMessageIngested(GenericEventMessage.asEventMessage("event")).reportSuccess();

        assertThat(meters.getMeters()).extracting(m -> m.getId().getName())
                .contains("caseload.capacity", "caseload.latency", "caseload.successCounter", "caseload.successTimer");
        List<MessageMonitor<?>> parts = field(MultiMessageMonitor.class, monitor, "messageMonitors");
        CapacityMonitor capacity = parts.stream().filter(CapacityMonitor.class::isInstance).map(CapacityMonitor.class::cast).findFirst().orElseThrow();
        long window = field(CapacityMonitor.class, capacity, "window");
        TimeUnit unit = field(CapacityMonitor.class, capacity, "timeUnit");
        assertThat(unit.toMillis(window)).isEqualTo(BoundedMetricRegistry.CAPACITY_WINDOW.toMillis()).isEqualTo(10_000);
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(Class<?> type, Object target, String name) throws Exception {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (T) field.get(target);
    }
}
