package io.caseledger.app.privacy;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Secrets as rows of one table (db/eventstore/V2__secrets.sql). Each call commits on a connection of
 * its own, outside any command's transaction: a key is cached once stored, so it must never vanish
 * with a rolled-back command; an unused key left by one is harmless.
 */
final class JdbcSecretStore implements SecretStore {

    private final DataSource dataSource;
    private final String table;

    JdbcSecretStore(DataSource dataSource, String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("table must be a plain identifier");
        }
        this.dataSource = dataSource;
        this.table = table;
    }

    @Override
    public Optional<Stored> read(String name) {
        return inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT value FROM " + table + " WHERE name = ?")) {
                select.setString(1, name);
                try (var row = select.executeQuery()) {
                    return row.next() ? Optional.of(new Stored(row.getBytes(1))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Stored createIfAbsent(String name, byte[] fresh) {
        inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO " + table + " (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
                insert.setString(1, name);
                insert.setBytes(2, fresh);
                return insert.executeUpdate();
            }
        });
        return read(name).orElseThrow();
    }

    @Override
    public void destroy(String name) {
        inTransaction(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO " + table + " (name, value, destroyed_at) VALUES (?, NULL, now()) "
                    + "ON CONFLICT (name) DO UPDATE SET value = NULL, destroyed_at = coalesce(" + table + ".destroyed_at, now())")) {
                upsert.setString(1, name);
                return upsert.executeUpdate();
            }
        });
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the key store is unavailable", e);
        }
    }
}
