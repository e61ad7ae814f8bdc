package bella.adapters.persistence;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whether a failure only means another writer held SQLite's one write lock. That happens when two processes share
 * one database file; the work can simply be tried again, and will then see what the other writer wrote.
 */
public final class DatabaseBusy {

    private static final Set<SQLiteErrorCode> BUSY = EnumSet.of(SQLiteErrorCode.SQLITE_BUSY,
            SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT, SQLiteErrorCode.SQLITE_BUSY_RECOVERY, SQLiteErrorCode.SQLITE_LOCKED);

    private DatabaseBusy() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException sqlite && BUSY.contains(sqlite.getResultCode())) {
                return true;
            }
        }
        return false;
    }
}
