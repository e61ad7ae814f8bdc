package bella.adapters.persistence;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;

/** Axon's JDBC event storage engine and token store, adjusted to the database {@link DatabaseUrl} names. */
final class AxonJdbc {

    /*
     * Axon's default node id is pid@host, which changes with every restart: after a crash the new process waits out
     * the whole claim timeout before it may take over its own segments. A fixed id reclaims at once. That is only
     * safe with a single process per database, which SQLite implies.
     */
    static final String SQLITE_NODE_ID = "bella";

    private AxonJdbc() {
    }

    static JdbcEventStorageEngine eventStorageEngine(DatabaseUrl url,
                                                     ConnectionProvider connections,
                                                     TransactionManager transactions,
                                                     Serializer eventSerializer,
                                                     Serializer snapshotSerializer,
                                                     EventUpcaster upcasters,
                                                     SnapshotFilter snapshotFilter) {
        var builder = JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(transactions)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(upcasters == null ? NoOpEventUpcaster.INSTANCE : upcasters)
                .snapshotFilter(snapshotFilter == null ? SnapshotFilter.allowAll() : snapshotFilter)
                .persistenceExceptionResolver(new DuplicateKeyResolver())
                .schema(Schema.EVENTS);
        if (url.isSqlite()) {
            builder.createHeadToken(SqliteStatements::createHeadToken)
                   .createTailToken(SqliteStatements::createTailToken)
                   .createTokenAt(SqliteStatements::createTokenAt)
                   .lastSequenceNumberFor(SqliteStatements::lastSequenceNumberFor)
                   .fetchTrackedEvents(SqliteStatements::fetchTrackedEvents);
        }
        return builder.build();
    }

    /**
     * @param nodeId the owner name written into claimed tokens; {@code null} for Axon's default (pid@host), which
     *               PostgreSQL needs when several processes share the database
     */
    static TokenStore tokenStore(DatabaseUrl url, ConnectionProvider connections, Serializer serializer, String nodeId) {
        var builder = JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .schema(Schema.TOKENS);
        if (nodeId != null && !nodeId.isBlank()) {
            builder.nodeId(nodeId);
        }
        return url.isSqlite() ? new SqliteTokenStore(builder) : builder.build();
    }

    /** Where the processing group's handlers park the events they fail on, in {@code DeadLetterEntry}. */
    static SequencedDeadLetterQueue<EventMessage<?>> deadLetterQueue(DatabaseUrl url,
                                                                    String processingGroup,
                                                                    ConnectionProvider connections,
                                                                    TransactionManager transactions,
                                                                    Serializer genericSerializer,
                                                                    Serializer eventSerializer) {
        var builder = JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                .processingGroup(processingGroup)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(Schema.DEAD_LETTERS)
                .genericSerializer(genericSerializer)
                .eventSerializer(eventSerializer);
        if (url.isSqlite()) {
            builder.statementFactory(new SqliteDeadLetterStatements(genericSerializer, eventSerializer));
        }
        return builder.build();
    }
}
