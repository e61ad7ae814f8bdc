package bella.bootstrap;

import bella.adapters.persistence.DatabaseUrl;
import bella.adapters.persistence.Schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Opens the database once before anything else does, so that one that cannot be opened or reached, or whose schema
 * a newer Bella made, stops start-up with one line rather than a stack trace after the web server has started.
 */
final class DatabaseCheck {

    /** PostgreSQL's own default; an unreachable server is then reported after this at most. */
    private static final String CONNECT_TIMEOUT_SECONDS = "10";

    private DatabaseCheck() {
    }

    static void opens(DatabaseUrl url) {
        url.sqliteFile().ifPresent(DatabaseCheck::createDirectoryFor);
        Properties credentials = new Properties();
        if (url.user() != null) {
            credentials.setProperty("user", url.user());
        }
        if (url.password() != null) {
            credentials.setProperty("password", url.password());
        }
        credentials.setProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), credentials);
             Statement statement = connection.createStatement()) {
            // reading the schema version reads the file's header: a file that is not a database says so here
            statement.execute(url.isSqlite() ? "PRAGMA schema_version" : "SELECT 1");
            Schema.refusal(connection, url).ifPresent(refusal -> {
                throw new BadSetting(DatabaseUrl.PROPERTY, shown(url), refusal);
            });
        } catch (SQLException failed) {
            throw new BadSetting(DatabaseUrl.PROPERTY, shown(url), oneLine(failed.getMessage(), url) + (url.isSqlite()
                    ? "; name a SQLite file Bella can create and write"
                    : "; name a PostgreSQL server, database, user and password that accept the connection"));
        }
    }

    private static void createDirectoryFor(Path file) {
        Path directory = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new BadSetting(DatabaseUrl.PROPERTY, file.toString(), "a file in a directory Bella can create ("
                    + directory + ": " + e.getClass().getSimpleName() + ")");
        }
    }

    /** The URL without its query, which may carry a password. */
    private static String shown(DatabaseUrl url) {
        int query = url.jdbcUrl().indexOf('?');
        return query < 0 ? url.jdbcUrl() : url.jdbcUrl().substring(0, query);
    }

    private static String oneLine(String message, DatabaseUrl url) {
        String line = String.valueOf(message).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        return url.password() == null || url.password().isEmpty() ? line : line.replace(url.password(), "***");
    }
}
