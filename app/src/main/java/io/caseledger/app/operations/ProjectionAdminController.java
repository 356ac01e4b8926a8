package io.caseledger.app.operations;

import io.caseledger.domain.shared.CommandRejected;
import io.caseledger.domain.shared.Rejection;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

import java.util.List;

/** ADMIN: the state of each projection, and rebuilding one or all of them from the event store. */
@RestController
@RequestMapping("/api/admin/projections")
public class ProjectionAdminController {

    private final ProjectionAdmin projections;
    private final ProjectionLag lag;

    ProjectionAdminController(ProjectionAdmin projections, ProjectionLag lag) {
        this.projections = projections;
        this.lag = lag;
    }

    public record Status(String name, boolean running, boolean rebuilding, Double rebuildProgress, Long lagEvents, boolean error) {
    }

    @GetMapping
    public List<Status> statuses() {
        return projections.names().stream().map(this::status).toList();
    }

    @GetMapping("/{name}")
    Status status(@PathVariable String name) {
        StreamingEventProcessor processor = processor(name);
        var progress = projections.rebuildProgress(name);
        var behind = lag.eventsBehind(name);
        return new Status(name, processor.isRunning(), projections.isRebuilding(name),
                progress.isPresent() ? progress.getAsDouble() : null, behind.isPresent() ? behind.getAsLong() : null,
                processor.isError());
    }

    /**
     * Clears the projection (its @ResetHandler) and processes every event into it again (ProjectionAdmin.rebuild). Queries keep answering
     * meanwhile and say {@code rebuilding: true} until it has caught up.
     */
    @PostMapping("/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Status rebuild(@PathVariable String name) {
        processor(name);
        if (!projections.startRebuild(name)) {
            throw CommandRejected.conflict("rebuild-in-progress", "A rebuild of that projection is already running.");
        }
        return status(name);
    }

    /** Rebuilds every projection whose rebuild is not already running, and says which it started. */
    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    List<Status> rebuildAll() {
        return projections.names().stream().filter(projections::startRebuild).map(this::status).toList();
    }

    private StreamingEventProcessor processor(String name) {
        return projections.processor(name).orElseThrow(() -> new CommandRejected(
                new Rejection(Rejection.Kind.NOT_FOUND, "projection-not-found", "name", "names no such projection")));
    }
}
