package bella.adapters.persistence;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each projection's event handler within a savepoint of the processor's transaction.
 *
 * <p>A handler that fails has its writes undone back to the savepoint, and the transaction stays usable, so the
 * dead-letter queue can park the event in that same transaction, which also moves the processor's token past it.
 * Without the savepoint, PostgreSQL refuses every statement after a failed one until the transaction ends: the
 * event could not be parked, and the processor would retry it forever. Event-sourcing handlers, which only apply
 * an aggregate's own events, are left as they are.
 */
final class ProjectionSavepoints implements HandlerEnhancerDefinition {

    private final TransactionTemplate savepoint;

    ProjectionSavepoints(PlatformTransactionManager transactions) {
        savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)
                || original.annotationAttributes(EventSourcingHandler.class).isPresent()) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                try {
                    return savepoint.execute(status -> {
                        try {
                            return super.handle(message, target);
                        } catch (RuntimeException e) {
                            throw e;
                        } catch (Exception e) {
                            throw new CheckedFailure(e);
                        }
                    });
                } catch (CheckedFailure failure) {
                    throw failure.cause;
                }
            }
        };
    }

    /** Carries a handler's checked exception through the savepoint's rollback, which only reacts to unchecked ones. */
    private static final class CheckedFailure extends RuntimeException {
        private final Exception cause;

        CheckedFailure(Exception cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
