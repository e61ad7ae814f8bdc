package bella.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

/** Builds the connection pools: on SQLite one writer and a few readers, on PostgreSQL one ordinary pool. */
final class DataSources {

    /*
     * One writing connection: a prototype with 8 saw thousands of SQLITE_BUSY under load (busy_timeout cannot rescue
     * a read-then-write transaction), while a single connection saw none. Concurrent appends therefore queue for
     * it; the long timeout lets them wait out a burst instead of failing.
     */
    static final Duration SQLITE_CONNECTION_TIMEOUT = Duration.ofSeconds(30);

    // only writers outside this process (another Bella, the sqlite3 shell) make SQLite busy: wait for them
    static final Duration SQLITE_BUSY_TIMEOUT = Duration.ofSeconds(5);

    private DataSources() {
    }

    /*
     * In WAL readers never wait for the writer: each statement reads the last commit as it starts. Reads take well
     * under a millisecond, so a few connections serve many webhooks; more would only hold more memory.
     */
    static final int SQLITE_READERS = 4;

    static HikariDataSource sqlite(DatabaseUrl url) {
        createParentDirectory(url);
        var sqlite = sqliteConfig();
        sqlite.enforceForeignKeys(true);
        return sqlitePool("bella-sqlite", new LockingWriter(sqlite), url, 1, false);
    }

    /** Connections that can only read, opened after {@link #sqlite}, which made the file and chose WAL. */
    static HikariDataSource sqliteReaders(DatabaseUrl url) {
        var sqlite = sqliteConfig();
        sqlite.setReadOnly(true);
        return sqlitePool("bella-sqlite-reads", new SQLiteDataSource(sqlite), url, SQLITE_READERS, true);
    }

    private static SQLiteConfig sqliteConfig() {
        var sqlite = new SQLiteConfig();
        // WAL lets readers read while an append commits; FULL makes a booked appointment survive power loss
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.setBusyTimeout((int) SQLITE_BUSY_TIMEOUT.toMillis());
        // what is deleted is overwritten with zeros, so a forgotten person leaves nothing behind (SqliteErasure)
        sqlite.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        return sqlite;
    }

    private static HikariDataSource sqlitePool(String name, SQLiteDataSource driver, DatabaseUrl url, int size,
                                               boolean readOnly) {
        driver.setUrl(url.jdbcUrl());
        var pool = new HikariConfig();
        pool.setPoolName(name);
        pool.setDataSource(driver);
        pool.setMaximumPoolSize(size);
        pool.setMinimumIdle(1);
        // the pool sets the flag on each connection, which SQLite accepts only when the connection was opened so
        pool.setReadOnly(readOnly);
        pool.setConnectionTimeout(SQLITE_CONNECTION_TIMEOUT.toMillis());
        return new HikariDataSource(pool);
    }

    /*
     * Twilio waits 15 seconds for a webhook's answer: a server that does not answer must fail a request well within
     * that, so the caller hears an apology, and turn readiness down as soon as it is asked.
     */
    static final Duration POSTGRESQL_CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    // an ordinary pool: the server handles concurrency (PostgresqlTest runs two processes on one database)
    static HikariDataSource postgresql(DatabaseUrl url) {
        var pool = new HikariConfig();
        pool.setPoolName("bella-postgresql");
        pool.setJdbcUrl(url.jdbcUrl());
        pool.setUsername(url.user());
        pool.setPassword(url.password());
        pool.setMaximumPoolSize(10);
        pool.setConnectionTimeout(POSTGRESQL_CONNECTION_TIMEOUT.toMillis());
        pool.addDataSourceProperty("connectTimeout", POSTGRESQL_CONNECTION_TIMEOUT.toSeconds());
        return new HikariDataSource(pool);
    }

    private static void createParentDirectory(DatabaseUrl url) {
        url.sqliteFile().map(file -> file.toAbsolutePath().getParent()).ifPresent(directory -> {
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the directory for DATABASE_URL: " + directory, e);
            }
        });
    }
}
