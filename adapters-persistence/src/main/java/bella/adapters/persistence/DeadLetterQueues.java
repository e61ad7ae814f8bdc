package bella.adapters.persistence;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.serialization.Serializer;

/**
 * Gives every processing group a dead-letter queue in the database, so that a projection that fails on an event
 * neither skips it (Axon's default handler logs and goes on) nor stalls on it.
 *
 * <p>The propagating handler lets a handler's failure reach the queue, which parks the event, and every later event
 * of the same aggregate behind it, in {@code DeadLetterEntry} where the owner sees it, while other aggregates'
 * events go on. Should parking itself fail, the processor stops and retries rather than move past the event.
 */
final class DeadLetterQueues implements ConfigurerModule {

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
                .registerDeadLetterQueueProvider(group -> axon -> AxonJdbc.deadLetterQueue(url, group, connections,
                        transactions, genericSerializer, eventSerializer));
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
