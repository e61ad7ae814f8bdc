package bella.adapters.persistence;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.datasource.ConnectionProxy;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;

/**
 * Takes the writer for a command's transaction once its handler has decided, before the unit of work prepares to
 * commit. Whatever waits for the writer then waits while the command may still be refused (a caller given up on
 * refuses it as it prepares to commit), never after it has been let through to commit.
 */
final class WriterBeforeCommit implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final DataSource writes;

    WriterBeforeCommit(DataSource writes) {
        this.writes = writes;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        Object result = chain.proceed();
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            Connection transaction = DataSourceUtils.getConnection(writes);
            try {
                if (transaction instanceof ConnectionProxy lazy) {
                    lazy.getTargetConnection();
                }
            } finally {
                DataSourceUtils.releaseConnection(transaction, writes);
            }
        }
        return result;
    }
}
