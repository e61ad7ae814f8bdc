package bella.adapters.persistence;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every processing group a dead-letter queue in the database, so that a projection that fails on an event
 * neither skips it (Axon's default handler logs and goes on) nor stalls on it.
 *
 * <p>The propagating handler lets a handler's failure reach the queue, which parks the event, and every later event
 * of the same aggregate behind it, in {@code DeadLetterEntry} where the owner sees it, while other aggregates'
 * events go on. Should parking itself fail, the processor stops and retries rather than move past the event. Each
 * parking, first or after a failed retry, logs one line.
 */
final class DeadLetterQueues implements ConfigurerModule {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterQueues.class);

    private final DatabaseUrl url;
    private final ConnectionProvider connections;
    private final TransactionManager transactions;
    private final Serializer genericSerializer;
    private final Serializer eventSerializer;

    DeadLetterQueues(DatabaseUrl url, ConnectionProvider connections, TransactionManager transactions,
                     Serializer genericSerializer, Serializer eventSerializer) {
        this.url = url;
        this.connections = connections;
        this.transactions = transactions;
        this.genericSerializer = genericSerializer;
        this.eventSerializer = eventSerializer;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(axon -> PropagatingErrorHandler.instance())
                .registerDefaultDeadLetterPolicy(axon -> DeadLetterQueues::park)
                .registerDeadLetterQueueProvider(group -> axon -> AxonJdbc.deadLetterQueue(url, group, connections,
                        transactions, genericSerializer, eventSerializer));
    }

    private static EnqueueDecision<EventMessage<?>> park(DeadLetter<? extends EventMessage<?>> letter,
                                                         Throwable cause) {
        var message = letter.message();
        var aggregate = message instanceof DomainEventMessage
                ? " of " + ((DomainEventMessage<?>) message).getAggregateIdentifier() : "";
        LOG.warn("Parked event {} {}{}, which a projection failed on: {}; see GET /api/projections/dead-letters",
                message.getPayloadType().getSimpleName(), message.getIdentifier(), aggregate, cause.toString());
        return Decisions.enqueue(cause);
    }

    /**
     * After Axon's Spring Boot module, whose provider serves only groups enabled one by one in its properties: the
     * last provider registered is the one used.
     */
    @Override
    public int order() {
        return Integer.MAX_VALUE;
    }
}
