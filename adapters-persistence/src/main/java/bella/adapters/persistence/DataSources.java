package bella.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

/** Builds the one connection pool the event store, token store and read models share. */
final class DataSources {

    /*
     * One connection: a prototype with 8 saw thousands of SQLITE_BUSY under load (busy_timeout cannot rescue a
     * read-then-write transaction), while a single connection saw none. Concurrent webhooks therefore queue for
     * the connection; the long timeout lets them wait out a burst instead of failing.
     */
    static final Duration SQLITE_CONNECTION_TIMEOUT = Duration.ofSeconds(30);

    // only outside writers (a backup, the sqlite3 shell) can still make SQLite busy: wait for them briefly
    static final Duration SQLITE_BUSY_TIMEOUT = Duration.ofSeconds(5);

    private DataSources() {
    }

    static HikariDataSource create(DatabaseUrl url) {
        return url.isSqlite() ? sqlite(url) : postgresql(url);
    }

    static HikariDataSource sqlite(DatabaseUrl url) {
        createParentDirectory(url);
        var sqlite = new SQLiteConfig();
        // WAL lets read models read while an append commits; FULL makes a booked appointment survive power loss
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.setBusyTimeout((int) SQLITE_BUSY_TIMEOUT.toMillis());
        sqlite.enforceForeignKeys(true);
        var driver = new SQLiteDataSource(sqlite);
        driver.setUrl(url.jdbcUrl());

        var pool = new HikariConfig();
        pool.setPoolName("bella-sqlite");
        pool.setDataSource(driver);
        pool.setMaximumPoolSize(1);
        pool.setMinimumIdle(1);
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
