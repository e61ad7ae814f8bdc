package bella.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.nio.file.Path;

/** The production wiring over one SQLite file, without a Spring context: what the tests exercise. */
final class SqliteStore implements AutoCloseable {

    final DatabaseUrl url;
    final HikariDataSource dataSource;
    final TransactionManager transactions;
    final ConnectionProvider connections;
    final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    final JdbcEventStorageEngine engine;
    final TokenStore tokenStore;

    SqliteStore(Path file) {
        url = DatabaseUrl.parse("jdbc:sqlite:" + file);
        dataSource = DataSources.sqlite(url);
        Schema.migrate(dataSource, url);
        transactions = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
        connections = new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
        engine = AxonJdbc.eventStorageEngine(url, connections, transactions, serializer, serializer, null, null);
        tokenStore = AxonJdbc.tokenStore(url, connections, serializer, "test-node");
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
