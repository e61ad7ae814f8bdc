package bella.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two processes on one SQLite file: a transaction of Bella's writer holds the write lock from its start, so the
 * other process waits for it rather than writing between the transaction's read and its write, which would fail
 * that write at once (SQLITE_BUSY_SNAPSHOT) instead of letting it wait for the lock; and only until it ends.
 */
class WriteLockTest {

    @TempDir
    Path directory;

    private HikariDataSource writer;
    private JdbcTemplate writes;
    private TransactionTemplate transaction;
    private Connection otherProcess;

    @BeforeEach
    void twoWritersOnOneFile() throws SQLException {
        var url = DatabaseUrl.parse("jdbc:sqlite:" + directory.resolve("bella.db"));
        writer = DataSources.sqlite(url);
        writes = new JdbcTemplate(writer);
        writes.execute("CREATE TABLE notes (text TEXT NOT NULL)");
        transaction = new TransactionTemplate(new DataSourceTransactionManager(writer));
        // the other process gives up at once rather than wait for the lock, so the test never waits on a clock
        otherProcess = DriverManager.getConnection(url.jdbcUrl());
        otherProcess.createStatement().execute("PRAGMA busy_timeout = 0");
    }

    @AfterEach
    void close() throws SQLException {
        otherProcess.close();
        writer.close();
    }

    @Test
    void anotherProcessCannotWriteBetweenATransactionsReadAndItsWrite() {
        transaction.executeWithoutResult(status -> {
            Integer before = writes.queryForObject("SELECT COUNT(*) FROM notes", Integer.class);

            assertThatThrownBy(() -> otherProcess.createStatement().execute("INSERT INTO notes VALUES ('other')"))
                    .isInstanceOfSatisfying(SQLiteException.class, busy ->
                            assertThat(busy.getResultCode()).isEqualTo(SQLiteErrorCode.SQLITE_BUSY));

            writes.update("INSERT INTO notes VALUES ('mine')");
            assertThat(before).isZero();
        });

        assertThat(writes.queryForList("SELECT text FROM notes", String.class)).containsExactly("mine");
    }

    @Test
    void theLockIsFreeBetweenTransactions() throws SQLException {
        transaction.executeWithoutResult(status -> writes.update("INSERT INTO notes VALUES ('mine')"));

        otherProcess.createStatement().execute("INSERT INTO notes VALUES ('other')");
        assertThat(writes.queryForList("SELECT text FROM notes ORDER BY rowid", String.class))
                .containsExactly("mine", "other");
    }

    @Test
    void aTransactionRolledBackLeavesNothing() {
        transaction.executeWithoutResult(status -> {
            writes.update("INSERT INTO notes VALUES ('undone')");
            status.setRollbackOnly();
        });

        assertThat(writes.queryForList("SELECT text FROM notes", String.class)).isEmpty();
    }

    @Test
    void aSavepointBeforeTheFirstStatementIsKept() {
        TransactionTemplate nested = new TransactionTemplate(transaction.getTransactionManager());
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);

        transaction.executeWithoutResult(outer -> {
            nested.executeWithoutResult(inner -> {
                writes.update("INSERT INTO notes VALUES ('undone')");
                inner.setRollbackOnly();
            });
            writes.update("INSERT INTO notes VALUES ('kept')");
        });

        assertThat(writes.queryForList("SELECT text FROM notes", String.class)).containsExactly("kept");
    }
}
