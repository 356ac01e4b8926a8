package io.caseledger.app;

import io.caseledger.projections.caseload.CaseloadProjection;
import io.caseledger.projections.resources.ResourceDirectoryProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Once armed, holds the rebuilds of the caseload and the resource directory at the first event each
 * replays, until released: a test sees the views while a rebuild is certainly running. Live events,
 * and replays while not armed, pass untouched.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RebuildHold {

    private static volatile CountDownLatch release = new CountDownLatch(0);

    /** Holds the next replays; call {@link #release} in a finally. */
    public static void arm() {
        release = new CountDownLatch(1);
    }

    public static void release() {
        release.countDown();
    }

    private static void hold(ReplayStatus status) throws InterruptedException {
        if (status.isReplay()) {
            // Bounded, so a test that forgets to release cannot hang the application's shutdown.
            release.await(2, TimeUnit.MINUTES);
        }
    }

    @Bean
    CaseloadHold caseloadHold() {
        return new CaseloadHold();
    }

    @Bean
    ResourcesHold resourcesHold() {
        return new ResourcesHold();
    }

    @ProcessingGroup(CaseloadProjection.PROCESSING_GROUP)
    static class CaseloadHold {
        @EventHandler
        void on(Object event, ReplayStatus status) throws InterruptedException {
            hold(status);
        }
    }

    @ProcessingGroup(ResourceDirectoryProjection.PROCESSING_GROUP)
    static class ResourcesHold {
        @EventHandler
        void on(Object event, ReplayStatus status) throws InterruptedException {
            hold(status);
        }
    }
}
