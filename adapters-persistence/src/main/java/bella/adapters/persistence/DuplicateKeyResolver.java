package bella.adapters.persistence;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells Axon when an append broke a unique key, so that a second event at the same (aggregate, sequence) becomes
 * {@code AggregateStreamCreationException} or {@code ConcurrencyException} rather than a generic store failure.
 * This is what makes booking one slot twice impossible. Axon's default resolver knows neither SQLite's codes nor,
 * without Spring's error-code tables, PostgreSQL's.
 */
final class DuplicateKeyResolver implements PersistenceExceptionResolver {

    private static final Set<SQLiteErrorCode> SQLITE_DUPLICATES =
            Set.of(SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE, SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY);

    // SQL standard "unique_violation", as PostgreSQL reports it
    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        // drivers wrap (BatchUpdateException) and Axon wraps again: look at the whole chain
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (isDuplicate(cause)) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getNextException() != null && isDuplicate(sql.getNextException())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean isDuplicate(Throwable failure) {
        if (failure instanceof SQLiteException sqlite && SQLITE_DUPLICATES.contains(sqlite.getResultCode())) {
            return true;
        }
        if (failure instanceof SQLException sql) {
            if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            // sqlite-jdbc's batch failures keep only the message, which names the extended result code
            var message = sql.getMessage();
            return message != null && SQLITE_DUPLICATES.stream().anyMatch(code -> message.contains(code.name()));
        }
        return false;
    }
}
