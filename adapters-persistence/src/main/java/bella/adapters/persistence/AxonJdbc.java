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

import java.time.Duration;

/** Axon's JDBC event storage engine and token store, adjusted to the database {@link DatabaseUrl} names. */
final class AxonJdbc {

    /*
     * How long a claim on a segment stands without being renewed before another owner may take it. Each process
     * now has its own owner name (NodeId), so a process restarted after a crash must wait this long to take back
     * the segments its former self claimed. A processor renews its claims every second while idle and with every
     * batch, so on SQLite (one process, or two on one machine) a few seconds suffice, and a restart, which itself
     * takes longer, finds them free. PostgreSQL, where processes may sit on other machines, keeps Axon's 10 s.
     */
    static final Duration SQLITE_CLAIM_TIMEOUT = Duration.ofSeconds(5);

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

    /** @param nodeId the owner name written into the tokens this process claims (see {@link NodeId}) */
    static TokenStore tokenStore(DatabaseUrl url, ConnectionProvider connections, Serializer serializer, String nodeId) {
        var builder = JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .schema(Schema.TOKENS)
                .nodeId(nodeId);
        if (url.isSqlite()) {
            builder.claimTimeout(SQLITE_CLAIM_TIMEOUT);
            return new SqliteTokenStore(builder);
        }
        return builder.build();
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
