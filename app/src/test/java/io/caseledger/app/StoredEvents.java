package io.caseledger.app;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The event table as someone with the database owner's rights sees it: reads rows, and tampers with
 * them behind the application's back (the append-only trigger is switched off for that statement's
 * transaction, as only the owner could).
 */
public record StoredEvents(DataSource dataSource) {

    public String column(String caseId, long sequence, String column) {
        return query("SELECT " + column + " FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?",
                caseId, sequence).get(0);
    }

    /** Every payload and metadata text in the table, for "nothing in clear" checks. */
    public String everything() {
        return String.join("\n", query("SELECT payload || ' ' || coalesce(meta_data, '') FROM domain_event_entry"));
    }

    public long count(String caseId) {
        return Long.parseLong(query("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", caseId).get(0));
    }

    public void tamper(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection()) {
            try (var off = c.createStatement()) {
                off.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER USER");
            }
            try (var statement = c.prepareStatement(sql)) {
                bind(statement, parameters);
                statement.executeUpdate();
            }
            try (var on = c.createStatement()) {
                on.execute("ALTER TABLE domain_event_entry ENABLE TRIGGER USER");
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void set(String caseId, long sequence, String column, String value) {
        tamper("UPDATE domain_event_entry SET " + column + " = ? WHERE aggregate_identifier = ? AND sequence_number = ?",
                value, caseId, sequence);
    }

    public List<String> query(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); var statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            List<String> rows = new ArrayList<>();
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            c.commit();
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(java.sql.PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
