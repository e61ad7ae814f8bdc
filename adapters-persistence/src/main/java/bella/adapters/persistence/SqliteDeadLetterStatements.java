package bella.adapters.persistence;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DefaultDeadLetterStatementFactory;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Axon's dead-letter statements with the one that aggregates with {@code max()} rewritten for SQLite.
 *
 * <p>Before parking a letter, the queue reads the highest index of its sequence; for a sequence with no letter yet,
 * {@code max()} returns a row holding NULL, which sqlite-jdbc refuses to read as a {@code Long} (see
 * {@link SqliteStatements}), so no first letter could ever be parked. {@code ORDER BY … LIMIT 1} returns no row,
 * which the queue reads as "none yet". Every other statement is plain SQL that SQLite takes as it is.
 */
final class SqliteDeadLetterStatements extends DefaultDeadLetterStatementFactory<EventMessage<?>> {

    SqliteDeadLetterStatements(Serializer genericSerializer, Serializer eventSerializer) {
        super(DefaultDeadLetterStatementFactory.<EventMessage<?>>builder()
                .schema(Schema.DEAD_LETTERS)
                .genericSerializer(genericSerializer)
                .eventSerializer(eventSerializer));
    }

    @Override
    public PreparedStatement maxIndexStatement(Connection connection, String processingGroup, String sequenceId)
            throws SQLException {
        var schema = Schema.DEAD_LETTERS;
        var statement = connection.prepareStatement("SELECT " + schema.sequenceIndexColumn()
                + " FROM " + schema.deadLetterTable()
                + " WHERE " + schema.processingGroupColumn() + " = ? AND " + schema.sequenceIdentifierColumn() + " = ?"
                + " ORDER BY " + schema.sequenceIndexColumn() + " DESC LIMIT 1");
        statement.setString(1, processingGroup);
        statement.setString(2, sequenceId);
        return statement;
    }
}
