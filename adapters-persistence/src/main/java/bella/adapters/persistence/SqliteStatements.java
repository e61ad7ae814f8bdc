package bella.adapters.persistence;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

import static org.axonframework.common.DateTimeUtils.formatInstant;

/**
 * SQLite versions of the JDBC engine's statements that aggregate with {@code min()}/{@code max()}.
 *
 * <p>On an empty table (or no matching row) those aggregates return one row holding SQL NULL, and sqlite-jdbc
 * answers {@code getObject(i, Long.class)} on NULL with "Bad value for type Long" instead of {@code null}: an empty
 * store then fails to start ("Failed to get head token") and a caught-up processor loops in retries. Each statement
 * here returns no row instead, which Axon reads as "nothing there". {@code ORDER BY … LIMIT 1} on the indexed
 * columns costs the same as the aggregate.
 */
final class SqliteStatements {

    private SqliteStatements() {
    }

    static PreparedStatement createHeadToken(Connection connection, EventSchema schema) throws SQLException {
        return connection.prepareStatement("SELECT " + schema.globalIndexColumn() + " FROM " + schema.domainEventTable()
                + " ORDER BY " + schema.globalIndexColumn() + " DESC LIMIT 1");
    }

    static PreparedStatement createTailToken(Connection connection, EventSchema schema) throws SQLException {
        return connection.prepareStatement("SELECT " + schema.globalIndexColumn() + " - 1 FROM " + schema.domainEventTable()
                + " ORDER BY " + schema.globalIndexColumn() + " ASC LIMIT 1");
    }

    static PreparedStatement createTokenAt(Connection connection, EventSchema schema, Instant dateTime)
            throws SQLException {
        var statement = connection.prepareStatement("SELECT " + schema.globalIndexColumn() + " - 1 FROM "
                + schema.domainEventTable() + " WHERE " + schema.timestampColumn() + " >= ?"
                + " ORDER BY " + schema.globalIndexColumn() + " ASC LIMIT 1");
        // the same text format Axon writes, so string comparison orders like time
        statement.setString(1, formatInstant(dateTime));
        return statement;
    }

    static PreparedStatement lastSequenceNumberFor(Connection connection, EventSchema schema, String aggregateIdentifier)
            throws SQLException {
        var statement = connection.prepareStatement("SELECT " + schema.sequenceNumberColumn() + " FROM "
                + schema.domainEventTable() + " WHERE " + schema.aggregateIdentifierColumn() + " = ?"
                + " ORDER BY " + schema.sequenceNumberColumn() + " DESC LIMIT 1");
        statement.setString(1, aggregateIdentifier);
        return statement;
    }

    static PreparedStatement fetchTrackedEvents(Connection connection, EventSchema schema, long index)
            throws SQLException {
        var statement = connection.prepareStatement("SELECT " + schema.globalIndexColumn() + " FROM "
                + schema.domainEventTable() + " WHERE " + schema.globalIndexColumn() + " > ?"
                + " ORDER BY " + schema.globalIndexColumn() + " ASC LIMIT 1");
        statement.setLong(1, index);
        return statement;
    }
}
