package bella.adapters.persistence;

import bella.adapters.persistence.personal.Forgetting;
import bella.adapters.persistence.personal.SealingSerializer;
import bella.application.conversation.UnlockedReads;
import com.fasterxml.jackson.databind.Module;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

/**
 * The event store, token store and the database they share, for another module to {@code @Import}.
 *
 * <p>Expects from Axon's Spring Boot starter: the {@code TransactionManager} (a {@code SpringTransactionManager}
 * over Spring Boot's {@code DataSourceTransactionManager} for this {@code DataSource}), the primary
 * {@code Serializer} and the {@code eventSerializer}. Read models use {@link Connections#reads()}: inside a
 * transaction they share its connection with Axon, outside one they read from the readers. Events reach their tables
 * through {@link SealingSerializer}, which seals personal data with keys kept in the same database.
 */
@Configuration(proxyBeanMethods = false)
public class PersistenceConfiguration {

    @Bean
    DatabaseUrl databaseUrl(Environment environment) {
        return DatabaseUrl.fromEnvironment(environment.getProperty(DatabaseUrl.PROPERTY));
    }

    /** Migrates the schema here: nothing (Axon, a read model, the web) can reach the database before it is current. */
    @Bean(destroyMethod = "close")
    Connections connections(DatabaseUrl url) {
        var connections = Connections.open(url);
        try {
            Schema.migrate(connections.writes(), url);
        } catch (RuntimeException e) {
            connections.close();
            throw e;
        }
        return connections;
    }

    /** The writer: Spring's transactions and Axon's stores, and whatever writes. */
    @Bean(destroyMethod = "")
    @Primary
    DataSource dataSource(Connections connections) {
        return connections.writes();
    }

    /** For reads that need no transaction, such as a health check: they never wait for the writer. */
    @Bean(destroyMethod = "")
    DataSource reads(Connections connections) {
        return connections.reads();
    }

    /*
     * Axon must use the connection Spring bound to the current transaction. With a one-connection pool, asking the
     * pool for a second connection while a transaction holds the first would wait out the whole pool timeout.
     */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /**
     * A command's transaction takes the writer after its handler, for the appends (see {@link Connections}), and
     * then checks the days it read without their locks.
     */
    @Bean
    WriterBeforeCommit writerBeforeCommit(DataSource dataSource, UnlockedReads unlockedReads) {
        return new WriterBeforeCommit(dataSource, unlockedReads);
    }

    /**
     * On SQLite the writer's transaction holds the write lock from its start, so what it checks stays true until it
     * commits; on PostgreSQL every read of a day takes the day's lock.
     */
    @Bean
    UnlockedReads unlockedReads(DatabaseUrl url) {
        return url.isSqlite() ? UnlockedReads.verifiedAtCommit() : UnlockedReads.NONE;
    }

    /** Spring Boot adds this to the one {@code ObjectMapper}, which the event serializer reads events with. */
    @Bean
    Module isoInstants() {
        return IsoInstants.module();
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateKeyResolver();
    }

    @Bean
    EventStorageEngine eventStorageEngine(DatabaseUrl url,
                                          DataSource dataSource,
                                          Connections connections,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Serializer serializer,
                                          ObjectProvider<org.axonframework.config.Configuration> axon) {
        // Axon's configuration carries the upcasters and snapshot filter; absent outside a full Axon setup
        var configuration = axon.getIfAvailable();
        // keys are made on the writer, in the transaction that appends, and read to open events from the readers
        return AxonJdbc.eventStorageEngine(url, new CommandReads(connections.readers(), connectionProvider),
                                           transactionManager,
                                           SealingSerializer.over(eventSerializer, dataSource, connections.readers()),
                                           serializer,
                                           configuration == null ? null : configuration.upcasterChain(),
                                           configuration == null ? null : configuration.snapshotFilter());
    }

    /** Claims segments as {@code BELLA_NODE_ID}, or as a name made for this process (see {@link NodeId}). */
    @Bean
    TokenStore tokenStore(DatabaseUrl url,
                          ConnectionProvider connectionProvider,
                          Serializer serializer,
                          Environment environment) {
        return AxonJdbc.tokenStore(url, connectionProvider, serializer,
                NodeId.from(environment.getProperty(NodeId.PROPERTY)));
    }

    @Bean
    ConfigurerModule deadLetterQueues(DatabaseUrl url,
                                      DataSource dataSource,
                                      Connections connections,
                                      ConnectionProvider connectionProvider,
                                      TransactionManager transactionManager,
                                      Serializer serializer,
                                      @Qualifier("eventSerializer") Serializer eventSerializer) {
        return new DeadLetterQueues(url, connectionProvider, transactionManager, serializer,
                SealingSerializer.over(eventSerializer, dataSource, connections.readers()));
    }

    @Bean
    ConfigurerModule processorBatches() {
        return new ProcessorBatches();
    }

    @Bean
    HandlerEnhancerDefinition projectionSavepoints(PlatformTransactionManager transactions) {
        return new ProjectionSavepoints(transactions);
    }

    /** Forgets a person on the owner's request (see {@link Forgetting}). */
    @Bean
    Forgetting forgetting(DataSource dataSource, PlatformTransactionManager transactions, DatabaseUrl url) {
        return new Forgetting(dataSource, transactions, url);
    }

    @Bean
    JdbcAppointments appointments(Connections connections) {
        return new JdbcAppointments(new JdbcTemplate(connections.reads()));
    }

    @Bean
    JdbcCustomers customers(Connections connections) {
        return new JdbcCustomers(new JdbcTemplate(connections.reads()));
    }

    @Bean
    JdbcCallSummaries callSummaries(Connections connections) {
        return new JdbcCallSummaries(new JdbcTemplate(connections.reads()));
    }

    @Bean
    JdbcCallFunnel callFunnel(Connections connections) {
        return new JdbcCallFunnel(new JdbcTemplate(connections.reads()));
    }

    @Bean
    JdbcUsage usage(Connections connections) {
        return new JdbcUsage(new JdbcTemplate(connections.reads()));
    }

    // the outboxes' and the transcriber's workers write outside any transaction
    @Bean
    JdbcCalendarOutbox calendarOutbox(Connections connections) {
        return new JdbcCalendarOutbox(new JdbcTemplate(connections.writes()));
    }

    @Bean
    JdbcMessages messages(Connections connections) {
        return new JdbcMessages(new JdbcTemplate(connections.writes()));
    }

    @Bean
    JdbcRecordingDeletions recordingDeletions(Connections connections) {
        return new JdbcRecordingDeletions(new JdbcTemplate(connections.writes()));
    }

    @Bean
    JdbcTextOutbox textOutbox(Connections connections) {
        return new JdbcTextOutbox(new JdbcTemplate(connections.writes()));
    }
}
