package bella.adapters.persistence;

import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Axon's JDBC token store without {@code SELECT … FOR UPDATE}, which SQLite rejects as a syntax error (the
 * processor would then never claim its segment). No row lock is needed: SQLite serialises writers, and Bella's
 * pool has a single connection, so the read and the claim that follows run in one exclusive transaction.
 */
final class SqliteTokenStore extends JdbcTokenStore {

    SqliteTokenStore(JdbcTokenStore.Builder builder) {
        super(builder);
    }

    @Override
    protected PreparedStatement selectForUpdate(Connection connection, String processorName, int segment)
            throws SQLException {
        return select(connection, processorName, segment, false);
    }
}
