package io.caseledger.app.storage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

/**
 * The snapshots stored in PostgreSQL. They are a cache of the events, not the record, so unlike events
 * they may be deleted: an erased client's are, so nothing of theirs outlives the key in a form some
 * later code might read. (Axon Server offers no way to delete a snapshot; there, sealing alone holds.)
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
public class StoredSnapshots {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    StoredSnapshots(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
    }

    /** In the caller's transaction where there is one (the erasure's command), else in its own. */
    public void forget(String caseId) {
        transaction.executeWithoutResult(status -> jdbc.update("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = ?", caseId));
    }
}
