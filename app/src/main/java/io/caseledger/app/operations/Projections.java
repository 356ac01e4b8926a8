package io.caseledger.app.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * The projections: processing groups of handlers in {@code io.caseledger.projections}. Policies (handlers
 * that send commands) live elsewhere and are never listed, so a rebuild can never re-send a command.
 */
@Component
public class Projections {

    private static final String PROJECTION_PACKAGE = "io.caseledger.projections";

    private final EventProcessingConfiguration processing;
    private final List<String> names;

    Projections(EventProcessingConfiguration processing, ApplicationContext context) {
        this.processing = processing;
        this.names = List.copyOf(Arrays.stream(context.getBeanNamesForAnnotation(ProcessingGroup.class))
                .map(context::getType)
                .filter(type -> type != null && type.getPackageName().startsWith(PROJECTION_PACKAGE))
                .map(type -> AnnotationUtils.findAnnotation(type, ProcessingGroup.class).value())
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }

    public List<String> names() {
        return names;
    }

    public Optional<StreamingEventProcessor> processor(String name) {
        return names.contains(name)
                ? processing.eventProcessor(name, StreamingEventProcessor.class)
                : Optional.empty();
    }

    public boolean isRebuilding(String name) {
        return processor(name).map(StreamingEventProcessor::isReplaying).orElse(false);
    }

    /** Share of the replay done, from the segments' positions where the store's tokens have them. */
    public OptionalDouble rebuildProgress(String name) {
        Collection<EventTrackerStatus> segments = processor(name).map(p -> p.processingStatus().values()).orElse(List.of());
        double done = 0;
        double total = 0;
        for (EventTrackerStatus status : segments) {
            if (!status.isReplaying()) {
                done += 1;
                total += 1;
                continue;
            }
            if (status.getCurrentPosition().isEmpty() || status.getResetPosition().isEmpty()
                    || status.getResetPosition().getAsLong() <= 0) {
                return OptionalDouble.empty();
            }
            done += Math.min(1.0, (double) status.getCurrentPosition().getAsLong() / status.getResetPosition().getAsLong());
            total += 1;
        }
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(done / total);
    }
}
