package io.caseledger.bench;

import io.caseledger.domain.contact.ContactMode;
import io.caseledger.domain.contact.ContactOutcome;
import io.caseledger.domain.contact.RecordContact;
import io.caseledger.domain.enrolment.EnrolClient;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.messaging.MetaData;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * A case with a long history, loaded from the store for every command (its cached copy dropped first,
 * as after a restart or on another node): once from its snapshot and the events after it, once from
 * all its events (its snapshots deleted before each command; the deletes are not timed).
 */
final class LongLivedCase {

    private final CommandGateway commands;
    private final Cache caseCache;
    private final DataSource dataSource;

    LongLivedCase(CommandGateway commands, Cache caseCache, DataSource dataSource) {
        this.commands = commands;
        this.caseCache = caseCache;
        this.dataSource = dataSource;
    }

    record Result(int events, Load.Result fromSnapshot, Load.Result fromEvents) {
    }

    Result measure(EnrolClient enrolment, int events, int commandsEach) throws InterruptedException {
        MetaData actor = MetaData.from(Map.of("userId", enrolment.caseManagerId(), "userRole", "CASE_MANAGER", "userTeam", "north"));
        commands.sendAndWait(enrolment, actor);
        for (int i = 1; i < events; i++) {
            commands.sendAndWait(contact(enrolment.caseId()), actor);
        }
        awaitSnapshot(enrolment.caseId());
        Load.Result fromSnapshot = Load.run(commandsEach, 1, i -> {
            caseCache.removeAll();
            commands.sendAndWait(contact(enrolment.caseId()), actor);
        });
        long[] nanos = new long[commandsEach];
        long wall = 0;
        for (int i = 0; i < commandsEach; i++) {
            deleteSnapshots(enrolment.caseId());
            caseCache.removeAll();
            long began = System.nanoTime();
            commands.sendAndWait(contact(enrolment.caseId()), actor);
            nanos[i] = System.nanoTime() - began;
            wall += nanos[i];
        }
        java.util.Arrays.sort(nanos);
        return new Result(events, fromSnapshot, new Load.Result(1, wall, nanos));
    }

    private static RecordContact contact(String caseId) {
        return new RecordContact(caseId, UUID.randomUUID().toString(), ContactMode.PHONE, ContactOutcome.SUCCESSFUL, null, 15, null);
    }

    private void awaitSnapshot(String caseId) throws InterruptedException {
        for (int i = 0; i < 600 && count(caseId) == 0; i++) {
            Thread.sleep(100);
        }
        if (count(caseId) == 0) {
            throw new IllegalStateException("no snapshot of the long-lived case was stored within a minute");
        }
    }

    private long count(String caseId) {
        try (Connection c = dataSource.getConnection();
             var statement = c.prepareStatement("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?")) {
            statement.setString(1, caseId);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void deleteSnapshots(String caseId) {
        try (Connection c = dataSource.getConnection();
             var statement = c.prepareStatement("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = ?")) {
            statement.setString(1, caseId);
            statement.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
