package bella.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The database as Bella uses it: one writer, and readers that never queue behind it.
 *
 * <p>SQLite has one write lock, so Bella keeps one writing connection, and a transaction takes it only when it
 * first touches the database ({@link #writes()} opens lazily): a command's transaction, which begins before the
 * handler runs, holds it for its appends alone. Reads outside a transaction go to a few read-only connections,
 * which in WAL read the last commit beside the writer; reads inside one see that transaction's own writes. On
 * PostgreSQL the readers are the same pool as the writers.
 */
final class Connections implements AutoCloseable {

    private final HikariDataSource writer;
    private final HikariDataSource readers;
    private final DataSource writes;
    private final DataSource reads;

    private Connections(HikariDataSource writer, HikariDataSource readers) {
        this.writer = writer;
        this.readers = readers;
        this.writes = new LazyConnectionDataSourceProxy(writer);
        this.reads = new ReadsOutsideTransactions(new TransactionAwareDataSourceProxy(writes), readers);
    }

    static Connections open(DatabaseUrl url) {
        if (!url.isSqlite()) {
            var pool = DataSources.postgresql(url);
            return new Connections(pool, pool);
        }
        var writer = DataSources.sqlite(url);
        try {
            return new Connections(writer, DataSources.sqliteReaders(url));
        } catch (RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /** For transactions and writes: the connection is taken from the pool at the first statement. */
    DataSource writes() {
        return writes;
    }

    /** For reads: a reader, or the current transaction's connection when there is one. */
    DataSource reads() {
        return reads;
    }

    /** Readers only, for reads that must not see, nor wait for, a transaction in progress. */
    DataSource readers() {
        return readers;
    }

    @Override
    public void close() {
        readers.close();
        writer.close();
    }

    private static final class ReadsOutsideTransactions extends AbstractDataSource {

        private final DataSource transactional;
        private final DataSource readers;

        ReadsOutsideTransactions(DataSource transactional, DataSource readers) {
            this.transactional = transactional;
            this.readers = readers;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return TransactionSynchronizationManager.isActualTransactionActive()
                    ? transactional.getConnection()
                    : readers.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLException("Bella's connections carry their own credentials");
        }
    }
}
