package bella.adapters.persistence;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The event store's connections: a command's handler loads its aggregates from a reader, so the writer is taken
 * only when the command's events are appended, as it commits. A reader sees every commit made before it reads; an
 * aggregate another writer changed meanwhile is refused at the append by the stream's unique key, and the command
 * is retried. Event processors, appends and everything else use the writer as before.
 */
final class CommandReads implements ConnectionProvider {

    private final DataSource readers;
    private final ConnectionProvider writer;

    CommandReads(DataSource readers, ConnectionProvider writer) {
        this.readers = readers;
        this.writer = writer;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return whileACommandDecides() ? readers.getConnection() : writer.getConnection();
    }

    private static boolean whileACommandDecides() {
        if (!CurrentUnitOfWork.isStarted()) {
            return false;
        }
        UnitOfWork<?> work = CurrentUnitOfWork.get();
        return work.phase() == UnitOfWork.Phase.STARTED && work.root().getMessage() instanceof CommandMessage;
    }
}
