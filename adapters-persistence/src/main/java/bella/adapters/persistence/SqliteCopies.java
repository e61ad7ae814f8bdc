package bella.adapters.persistence;

import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Backs up and restores a SQLite database while keeping it consistent.
 *
 * <p>A backup is {@code VACUUM INTO}: one read transaction, so the copy is the database as one commit left it, and
 * in WAL mode a reader never blocks Bella's writer, so calls go on meanwhile. SQLite's online backup API would copy
 * page by page and start over whenever another connection writes, which under steady calls may never finish.
 *
 * <p>A restore must not happen under a running Bella, which would go on writing over the restored file from the
 * pages it holds. Every connection to a WAL database keeps a shared lock on the file for as long as it is open, and
 * Bella keeps its one connection open while it runs, so a restore first takes the database's exclusive lock: if that
 * is refused, the database is in use. Holding the lock, it copies the backup in with SQLite's backup API, which
 * writes through SQLite's own journal, so a half-done restore rolls back rather than leaving a torn file.
 */
public final class SqliteCopies {

    /** Long enough to wait out a reader's moment, short enough to answer at once that the database is in use. */
    private static final Duration LOCK_WAIT = Duration.ofSeconds(2);
    private static final String EVENTS = "DomainEventEntry";
    private static final String MIGRATIONS = "flyway_schema_history";

    private SqliteCopies() {
    }

    /**
     * Copies the database {@code url} names to the new file {@code target}.
     *
     * @return how many events the copy holds
     * @throws CopyRefused when the database is not SQLite, does not exist, or the target exists
     */
    public static long backup(DatabaseUrl url, Path target) {
        Path database = sqliteFile(url, "back it up with pg_dump, which takes a consistent copy while Bella runs");
        if (!Files.isRegularFile(database)) {
            throw new CopyRefused("there is no database at " + database + " to back up");
        }
        if (Files.exists(target)) {
            throw new CopyRefused(target + " exists already; name a new file, a backup never overwrites one");
        }
        // written under another name first, so a backup cut short never looks like a finished one
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (Connection connection = open(database, false);
             PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            createParentDirectory(target);
            Files.deleteIfExists(partial);
            vacuum.setString(1, partial.toString());
            vacuum.execute();
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            throw new CopyRefused("cannot back up " + database + ": " + oneLine(e));
        } catch (IOException e) {
            throw new CopyRefused("cannot write " + target + ": " + e.getMessage());
        }
        return bellaDatabase(target).events();
    }

    /**
     * Replaces the database {@code url} names with the backup {@code source}.
     *
     * @return how many events the restored database holds
     * @throws CopyRefused when the database is in use, is not SQLite, or the source is not a backup this version reads
     */
    public static long restore(Path source, DatabaseUrl url) {
        Path database = sqliteFile(url, "restore it with pg_restore or psql");
        if (!Files.isRegularFile(source)) {
            throw new CopyRefused("there is no backup at " + source);
        }
        BellaDatabase backup = bellaDatabase(source);
        createParentDirectory(database);
        try (Connection connection = open(database, true); Statement statement = connection.createStatement()) {
            // in exclusive locking mode, a WAL database's first read takes the file's exclusive lock and keeps it
            statement.execute("PRAGMA locking_mode = EXCLUSIVE");
            try {
                statement.execute("SELECT count(*) FROM sqlite_schema");
            } catch (SQLException busy) {
                throw new CopyRefused(database + " is in use, by a running Bella or another program; stop it and "
                        + "restore again");
            }
            statement.executeUpdate("restore from '" + source.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new CopyRefused("cannot restore " + source + " into " + database + ": " + oneLine(e));
        }
        return backup.events();
    }

    /**
     * What a file must be to restore: a SQLite database that passes SQLite's own check, with Bella's event store and
     * migration history at a schema this version knows (an older one is migrated at start, as any database is).
     */
    private static BellaDatabase bellaDatabase(Path file) {
        try (Connection connection = open(file, false); Statement statement = connection.createStatement()) {
            try (ResultSet check = statement.executeQuery("PRAGMA quick_check")) {
                check.next();
                if (!"ok".equals(check.getString(1))) {
                    throw new CopyRefused(file + " is damaged: " + check.getString(1));
                }
            }
            for (String table : new String[] {EVENTS, MIGRATIONS}) {
                try (ResultSet found = statement.executeQuery(
                        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '" + table + "'")) {
                    if (!found.next()) {
                        throw new CopyRefused(file + " is not a Bella database (it has no " + table + " table)");
                    }
                }
            }
            Schema.refusal(connection, DatabaseUrl.parse("jdbc:sqlite:" + file)).ifPresent(refusal -> {
                throw new CopyRefused(file + " cannot be restored: " + refusal);
            });
            try (ResultSet count = statement.executeQuery("SELECT count(*) FROM " + EVENTS)) {
                count.next();
                return new BellaDatabase(count.getLong(1));
            }
        } catch (SQLException e) {
            throw new CopyRefused(file + " is not a SQLite database Bella can read: " + oneLine(e));
        }
    }

    private record BellaDatabase(long events) {
    }

    private static Path sqliteFile(DatabaseUrl url, String otherwise) {
        return url.sqliteFile().orElseThrow(() -> new CopyRefused(
                "DATABASE_URL names a PostgreSQL database, which Bella does not copy itself; " + otherwise));
    }

    private static Connection open(Path file, boolean create) throws SQLException {
        if (!create && !Files.isRegularFile(file)) {
            throw new CopyRefused("there is no database at " + file);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout((int) LOCK_WAIT.toMillis());
        return config.createConnection("jdbc:sqlite:" + file);
    }

    private static void createParentDirectory(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new CopyRefused("cannot create the directory of " + file + ": " + e.getMessage());
        }
    }

    private static String oneLine(SQLException e) {
        return String.valueOf(e.getMessage()).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** A backup or restore that did not happen, with a reason its user can act on. */
    public static final class CopyRefused extends RuntimeException {

        CopyRefused(String reason) {
            super(reason);
        }
    }
}
