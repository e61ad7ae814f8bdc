package bella.adapters.persistence;

import bella.application.conversation.UnlockedReads;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.datasource.ConnectionProxy;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Takes the writer for a command's transaction once its handler has decided, before the unit of work prepares to
 * commit. Whatever waits for the writer then waits while the command may still be refused (a caller given up on
 * refuses it as it prepares to commit), never after it has been let through to commit.
 *
 * <p>Holding the writer, whose transaction took SQLite's write lock as it began ({@link LockingWriter}), it checks
 * that no day the command read without its lock has changed since ({@link UnlockedReads}): nothing else can commit
 * between that check and this commit, in this process or another.
 */
final class WriterBeforeCommit implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final DataSource writes;
    private final UnlockedReads unlockedReads;

    WriterBeforeCommit(DataSource writes, UnlockedReads unlockedReads) {
        this.writes = writes;
        this.unlockedReads = unlockedReads;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        Object result = chain.proceed();
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            Connection transaction = DataSourceUtils.getConnection(writes);
            try {
                Connection writer = transaction instanceof ConnectionProxy lazy
                        ? lazy.getTargetConnection() : transaction;
                unlockedReads.verify(aggregate -> lastSequence(writer, aggregate));
            } finally {
                DataSourceUtils.releaseConnection(transaction, writes);
            }
        }
        return result;
    }

    private static long lastSequence(Connection writer, String aggregate) {
        try (var statement = SqliteStatements.lastSequenceNumberFor(writer, Schema.EVENTS, aggregate);
             ResultSet last = statement.executeQuery()) {
            return last.next() ? last.getLong(1) : -1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read how far " + aggregate + " has reached", e);
        }
    }
}
