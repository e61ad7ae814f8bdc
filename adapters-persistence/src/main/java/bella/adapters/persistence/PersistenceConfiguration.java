package bella.adapters.persistence;

import bella.adapters.persistence.personal.Forgetting;
import bella.adapters.persistence.personal.SealingSerializer;
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
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

/**
 * The event store, token store and the database they share, for another module to {@code @Import}.
 *
 * <p>Expects from Axon's Spring Boot starter: the {@code TransactionManager} (a {@code SpringTransactionManager}
 * over Spring Boot's {@code DataSourceTransactionManager} for this {@code DataSource}), the primary
 * {@code Serializer} and the {@code eventSerializer}. Read models get the same {@code DataSource} through Spring
 * Boot's {@code JdbcTemplate}; inside a transaction they share its one SQLite connection with Axon. Events reach
 * their tables through {@link SealingSerializer}, which seals personal data with keys kept in the same database.
 */
@Configuration(proxyBeanMethods = false)
public class PersistenceConfiguration {

    @Bean
    DatabaseUrl databaseUrl(Environment environment) {
        return DatabaseUrl.fromEnvironment(environment.getProperty(DatabaseUrl.PROPERTY));
    }

    /** Migrates the schema here: nothing (Axon, a read model, the web) can reach the database before it is current. */
    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseUrl url) {
        var dataSource = DataSources.create(url);
        try {
            Schema.migrate(dataSource, url);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return dataSource;
    }

    /*
     * Axon must use the connection Spring bound to the current transaction. With a one-connection pool, asking the
     * pool for a second connection while a transaction holds the first would wait out the whole pool timeout.
     */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateKeyResolver();
    }

    @Bean
    EventStorageEngine eventStorageEngine(DatabaseUrl url,
                                          DataSource dataSource,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Serializer serializer,
                                          ObjectProvider<org.axonframework.config.Configuration> axon) {
        // Axon's configuration carries the upcasters and snapshot filter; absent outside a full Axon setup
        var configuration = axon.getIfAvailable();
        return AxonJdbc.eventStorageEngine(url, connectionProvider, transactionManager,
                                           SealingSerializer.over(eventSerializer, dataSource), serializer,
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
                                      ConnectionProvider connectionProvider,
                                      TransactionManager transactionManager,
                                      Serializer serializer,
                                      @Qualifier("eventSerializer") Serializer eventSerializer) {
        return new DeadLetterQueues(url, connectionProvider, transactionManager, serializer,
                SealingSerializer.over(eventSerializer, dataSource));
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
    JdbcAppointments appointments(DataSource dataSource) {
        return new JdbcAppointments(new JdbcTemplate(dataSource));
    }

    @Bean
    JdbcCustomers customers(DataSource dataSource) {
        return new JdbcCustomers(new JdbcTemplate(dataSource));
    }

    @Bean
    JdbcCallSummaries callSummaries(DataSource dataSource) {
        return new JdbcCallSummaries(new JdbcTemplate(dataSource));
    }

    @Bean
    JdbcCallFunnel callFunnel(DataSource dataSource) {
        return new JdbcCallFunnel(new JdbcTemplate(dataSource));
    }

    @Bean
    JdbcUsage usage(DataSource dataSource) {
        return new JdbcUsage(new JdbcTemplate(dataSource));
    }

    @Bean
    JdbcMessages messages(DataSource dataSource) {
        return new JdbcMessages(new JdbcTemplate(dataSource));
    }

    @Bean
    JdbcCalendarOutbox calendarOutbox(DataSource dataSource) {
        return new JdbcCalendarOutbox(new JdbcTemplate(dataSource));
    }

    @Bean
    JdbcTextOutbox textOutbox(DataSource dataSource) {
        return new JdbcTextOutbox(new JdbcTemplate(dataSource));
    }
}
