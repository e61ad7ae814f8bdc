package bella.adapters.persistence;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Adds the booked service to the appointments read model, and rebuilds that read model from the event store.
 *
 * <p>Bellas before the {@code service} column created {@code appointments} without it, and a later Bella on such a
 * database failed on every booking and (before dead letters) skipped it for good. So wherever the column is
 * missing, the read model may lack bookings: its rows and its tracking token are dropped, and the projection
 * replays every event on start. Where the column exists (a new database or one made by a later Bella), nothing
 * changes. SQLite has no {@code ADD COLUMN IF NOT EXISTS}, hence a Java migration for both databases.
 */
final class AppointmentServiceColumn implements JavaMigration {

    private static final String APPOINTMENTS_PROCESSOR = "appointments";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "appointment service";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (hasColumn(connection, "appointments", "service")) {
            return;
        }
        try (var statement = connection.createStatement()) {
            statement.execute("ALTER TABLE appointments ADD COLUMN service VARCHAR(255)");
            statement.execute("DELETE FROM appointments");
        }
        try (var statement = connection.prepareStatement("DELETE FROM " + Schema.TOKENS.tokenTable() + " WHERE "
                + Schema.TOKENS.processorNameColumn() + " = ?")) {
            statement.setString(1, APPOINTMENTS_PROCESSOR);
            statement.execute();
        }
    }

    private static boolean hasColumn(Connection connection, String table, String column) throws SQLException {
        try (var columns = connection.getMetaData().getColumns(null, connection.getSchema(), table, null)) {
            while (columns.next()) {
                if (columns.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
                    return true;
                }
            }
        }
        return false;
    }
}
