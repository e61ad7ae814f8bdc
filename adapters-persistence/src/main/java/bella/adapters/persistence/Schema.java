package bella.adapters.persistence;

import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Creates Axon's tables when they are missing. Axon creates none itself, and Spring Boot does not treat SQLite as
 * embedded, so nothing else would. Every statement is {@code IF NOT EXISTS}: running at each start is safe.
 */
final class Schema {

    static final EventSchema EVENTS = EventSchema.builder().build();
    static final TokenSchema TOKENS = TokenSchema.builder().build();

    private Schema() {
    }

    static void create(DataSource dataSource, DatabaseUrl url) {
        try (Connection connection = dataSource.getConnection()) {
            if (url.isSqlite()) {
                for (String statement : sqlite()) {
                    try (var prepared = connection.prepareStatement(statement)) {
                        prepared.execute();
                    }
                }
            } else {
                postgresql(connection);
            }
            for (String statement : readModels()) {
                try (var prepared = connection.prepareStatement(statement)) {
                    prepared.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the event store tables in " + url, e);
        }
    }

    /*
     * Axon's table factories declare the primary key at table level, where SQLite will not auto-increment it: the
     * global index must be "INTEGER PRIMARY KEY AUTOINCREMENT" inline. AUTOINCREMENT (not just a rowid alias) keeps
     * indexes of deleted rows from being reused, which tracking tokens rely on. The unique constraint on
     * (aggregate, sequence) is what turns a second booking of the same slot into a ConcurrencyException.
     */
    static List<String> sqlite() {
        var e = EVENTS;
        var t = TOKENS;
        return List.of(
                "CREATE TABLE IF NOT EXISTS " + e.domainEventTable() + " ("
                        + e.globalIndexColumn() + " INTEGER PRIMARY KEY AUTOINCREMENT, "
                        + e.aggregateIdentifierColumn() + " VARCHAR(255) NOT NULL, "
                        + e.sequenceNumberColumn() + " BIGINT NOT NULL, "
                        + e.typeColumn() + " VARCHAR(255), "
                        + e.eventIdentifierColumn() + " VARCHAR(255) NOT NULL, "
                        + e.metaDataColumn() + " BLOB, "
                        + e.payloadColumn() + " BLOB NOT NULL, "
                        + e.payloadRevisionColumn() + " VARCHAR(255), "
                        + e.payloadTypeColumn() + " VARCHAR(255) NOT NULL, "
                        + e.timestampColumn() + " VARCHAR(255) NOT NULL, "
                        + "UNIQUE (" + e.aggregateIdentifierColumn() + ", " + e.sequenceNumberColumn() + "), "
                        + "UNIQUE (" + e.eventIdentifierColumn() + "))",
                // createTokenAt looks events up by time
                "CREATE INDEX IF NOT EXISTS " + e.domainEventTable() + "_timestamp ON "
                        + e.domainEventTable() + " (" + e.timestampColumn() + ")",
                "CREATE TABLE IF NOT EXISTS " + e.snapshotTable() + " ("
                        + e.aggregateIdentifierColumn() + " VARCHAR(255) NOT NULL, "
                        + e.sequenceNumberColumn() + " BIGINT NOT NULL, "
                        + e.typeColumn() + " VARCHAR(255) NOT NULL, "
                        + e.eventIdentifierColumn() + " VARCHAR(255) NOT NULL, "
                        + e.metaDataColumn() + " BLOB, "
                        + e.payloadColumn() + " BLOB NOT NULL, "
                        + e.payloadRevisionColumn() + " VARCHAR(255), "
                        + e.payloadTypeColumn() + " VARCHAR(255) NOT NULL, "
                        + e.timestampColumn() + " VARCHAR(255) NOT NULL, "
                        + "PRIMARY KEY (" + e.aggregateIdentifierColumn() + ", " + e.sequenceNumberColumn() + "), "
                        + "UNIQUE (" + e.eventIdentifierColumn() + "))",
                "CREATE TABLE IF NOT EXISTS " + t.tokenTable() + " ("
                        + t.processorNameColumn() + " VARCHAR(255) NOT NULL, "
                        + t.segmentColumn() + " INTEGER NOT NULL, "
                        + t.tokenColumn() + " BLOB NULL, "
                        + t.tokenTypeColumn() + " VARCHAR(255) NULL, "
                        + t.timestampColumn() + " VARCHAR(255) NULL, "
                        + t.ownerColumn() + " VARCHAR(255) NULL, "
                        + "PRIMARY KEY (" + t.processorNameColumn() + ", " + t.segmentColumn() + "))");
    }

    /** Read-model and outbox tables, in SQL both SQLite and PostgreSQL take; instants are epoch milliseconds. */
    static List<String> readModels() {
        return List.of(
                "CREATE TABLE IF NOT EXISTS appointments (id VARCHAR(64) PRIMARY KEY, start_at BIGINT NOT NULL, "
                        + "end_at BIGINT NOT NULL, name VARCHAR(255), phone VARCHAR(32), status VARCHAR(32) NOT NULL, "
                        + "call_sid VARCHAR(64), service VARCHAR(255))",
                "CREATE INDEX IF NOT EXISTS appointments_start ON appointments (start_at)",
                "CREATE INDEX IF NOT EXISTS appointments_phone ON appointments (phone, start_at)",
                "CREATE TABLE IF NOT EXISTS customers (phone VARCHAR(32) PRIMARY KEY, name VARCHAR(255) NOT NULL)",
                "CREATE TABLE IF NOT EXISTS calendar_outbox (appointment_id VARCHAR(64) PRIMARY KEY, "
                        + "start_at BIGINT, end_at BIGINT, summary VARCHAR(255), description VARCHAR(1000), "
                        + "version BIGINT NOT NULL, failed INTEGER NOT NULL, attempts INTEGER NOT NULL, "
                        + "due_at BIGINT NOT NULL, last_error VARCHAR(1000))");
    }

    // Untested here (no PostgreSQL server): Axon's own factories (BIGSERIAL, bytea) suit PostgreSQL as they are.
    private static void postgresql(Connection connection) throws SQLException {
        try (var events = PostgresEventTableFactory.INSTANCE.createDomainEventTable(connection, EVENTS);
             var snapshots = PostgresEventTableFactory.INSTANCE.createSnapshotEventTable(connection, EVENTS);
             var tokens = PostgresTokenTableFactory.INSTANCE.createTable(connection, TOKENS)) {
            events.execute();
            snapshots.execute();
            tokens.execute();
        }
    }
}
