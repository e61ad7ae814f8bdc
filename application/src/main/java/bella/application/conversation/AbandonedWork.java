package bella.application.conversation;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Keeps a command whose caller was answered with an apology from committing anything: refused as it starts (it may
 * have queued for the database, or be a retry), and refused as it prepares to commit if the caller gave up meanwhile.
 */
public final class AbandonedWork implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        if (unitOfWork.getMessage().getMetaData().get(Attempt.KEY) instanceof Attempt attempt) {
            if (attempt.abandoned()) {
                throw new WorkAbandoned();
            }
            unitOfWork.onPrepareCommit(work -> attempt.committing());
            unitOfWork.onRollback(work -> attempt.rolledBack());
        }
        return chain.proceed();
    }
}
