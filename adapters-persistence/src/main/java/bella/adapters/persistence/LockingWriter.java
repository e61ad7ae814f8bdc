package bella.adapters.persistence;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConfig.TransactionMode;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;
import org.sqlite.jdbc4.JDBC4Connection;

import java.sql.SQLException;
import java.util.Properties;

/**
 * The writer's connections to SQLite: a transaction takes the write lock as it begins (BEGIN IMMEDIATE, waiting out
 * busy_timeout for it), not at its first write.
 *
 * <p>Another process on the file can then neither hold the lock when a transaction that has read wants to write
 * (SQLite answers that with SQLITE_BUSY at once, as waiting could deadlock) nor commit between its read and its
 * write (SQLITE_BUSY_SNAPSHOT): either failed the whole command, to be tried again. This process has one writer, so
 * holding the lock from the first read costs it nothing; the writer is taken from the pool at a transaction's first
 * statement, or once a command has decided ({@link WriterBeforeCommit}). sqlite-jdbc's IMMEDIATE mode alone would
 * also begin the next transaction within each commit and rollback, taking the lock again at once, waiting for it
 * there and failing a commit already made if it had to wait too long: those begin as deferred, without the lock.
 */
final class LockingWriter extends SQLiteDataSource {

    private static final String JDBC_SQLITE = "jdbc:sqlite:";

    LockingWriter(SQLiteConfig config) {
        super(config);
    }

    @Override
    public SQLiteConnection getConnection(String username, String password) throws SQLException {
        Properties properties = getConfig().toProperties();
        return new LockingConnection(getUrl(), getUrl().substring(JDBC_SQLITE.length()), properties);
    }

    private static final class LockingConnection extends JDBC4Connection {

        LockingConnection(String url, String file, Properties properties) throws SQLException {
            super(url, file, properties);
        }

        @Override
        public void setAutoCommit(boolean autoCommit) throws SQLException {
            if (!autoCommit) {
                setTransactionMode(TransactionMode.IMMEDIATE);
            }
            super.setAutoCommit(autoCommit);
        }

        @Override
        public void commit() throws SQLException {
            setTransactionMode(TransactionMode.DEFERRED);
            super.commit();
        }

        @Override
        public void rollback() throws SQLException {
            setTransactionMode(TransactionMode.DEFERRED);
            super.rollback();
        }
    }
}
