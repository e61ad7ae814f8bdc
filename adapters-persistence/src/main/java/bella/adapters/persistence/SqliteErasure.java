package bella.adapters.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

/**
 * Leaves no byte of what was deleted or overwritten in a SQLite database's files, without rewriting the whole file.
 *
 * <p>Every connection Bella opens sets {@code secure_delete} (see {@link DataSources}): SQLite then overwrites with
 * zeros a deleted row, the space an overwritten value left, and every page it frees. That is not all: when SQLite
 * rebalances a b-tree it moves rows to other pages and leaves their old bytes in the unused middle of the page they
 * left, which nothing zeroes; once the moved row is overwritten, that old copy is the only one left. So after
 * forgetting, every table that may hold someone in the clear is emptied and filled again from its rows, which frees
 * (and so zeroes) all its pages and writes fresh ones. That is every table but the event store's
 * {@code DomainEventEntry}, whose personal data has been sealed from its first write in a file Bella made (the
 * destroyed keys make it unreadable, and it is where most of the file is), and those listed as naming no one: a
 * table added later is rewritten until it is listed.
 *
 * <p>A file an earlier version wrote, or another program, may hold in its free space anything deleted before
 * {@code secure_delete} was on, the clear events the sealing migration replaced among it. The first time someone is
 * forgotten in it, it is vacuumed once instead, which writes the whole file afresh. The file's header records that it
 * needs this no longer ({@code user_version}, which nothing else in Bella uses); a file Bella makes is so from the
 * start.
 *
 * <p>Old page images also stay in the write-ahead log, in the frames written before: a checkpoint that truncates the
 * log ends them. The shared-memory file holds only the log's index.
 */
public final class SqliteErasure {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteErasure.class);

    /** The header's value for a file whose every deletion was overwritten; 0, SQLite's default, is not known so. */
    private static final int ERASED_SINCE_CREATION = 1;

    /** Its personal data is sealed in a file made by this version. */
    private static final String SEALED = "DomainEventEntry";

    /** Ids, steps, times, counts and positions: what they hold names no one. */
    private static final List<String> NAMING_NO_ONE = List.of("call_funnel", "billed_usage", "TokenEntry",
            "flyway_schema_history");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public SqliteErasure(DataSource writer, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(writer);
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Before migrating: a file with no table yet is new, and every deletion in it will be overwritten. */
    static void markIfNew(DataSource dataSource) {
        var jdbc = new JdbcTemplate(dataSource);
        if (jdbc.queryForObject("SELECT count(*) FROM sqlite_schema", Integer.class) == 0) {
            jdbc.execute("PRAGMA user_version = " + ERASED_SINCE_CREATION);
        }
    }

    /** Overwrites what was deleted and overwritten so far, in the database file and its log. */
    public void erase() {
        if (jdbc.queryForObject("PRAGMA user_version", Integer.class) == ERASED_SINCE_CREATION) {
            transaction.executeWithoutResult(status -> rewriteTablesInTheClear());
        } else {
            jdbc.execute("VACUUM");
            jdbc.execute("PRAGMA user_version = " + ERASED_SINCE_CREATION);
        }
        Map<String, Object> checkpoint = jdbc.queryForMap("PRAGMA wal_checkpoint(TRUNCATE)");
        if (((Number) checkpoint.get("busy")).intValue() != 0) {
            LOG.warn("The database's write-ahead log could not be truncated after forgetting someone, as another "
                    + "process reads it; it will be overwritten as Bella goes on");
        }
    }

    private void rewriteTablesInTheClear() {
        List<String> tables = jdbc.queryForList("SELECT name FROM sqlite_schema WHERE type = 'table' "
                + "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'", String.class).stream()
                .filter(table -> !table.equals(SEALED) && !NAMING_NO_ONE.contains(table))
                .toList();
        for (String table : tables) {
            String quoted = "main.\"" + table.replace("\"", "\"\"") + "\"";
            jdbc.execute("CREATE TEMP TABLE rewritten AS SELECT * FROM " + quoted);
            jdbc.execute("DELETE FROM " + quoted);
            jdbc.execute("INSERT INTO " + quoted + " SELECT * FROM temp.rewritten");
            jdbc.execute("DROP TABLE temp.rewritten");
        }
    }
}
