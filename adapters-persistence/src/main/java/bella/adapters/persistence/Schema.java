package bella.adapters.persistence;

import bella.adapters.persistence.personal.SealStoredPersonalData;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/**
 * Brings the database to the schema this version expects, with Flyway, before anything else touches it.
 *
 * <p>Each database product has its own scripts ({@code db/migration/sqlite}, {@code db/migration/postgresql}),
 * numbered alike and kept parallel; a change that must inspect what is there is a Java migration both share. A
 * database made before these migrations existed has tables but no history: it is baselined at version 0, so every
 * migration runs over it, and each is written to accept every shape an earlier Bella left behind.
 */
public final class Schema {

    static final EventSchema EVENTS = EventSchema.builder().build();
    static final TokenSchema TOKENS = TokenSchema.builder().build();
    static final DeadLetterSchema DEAD_LETTERS = DeadLetterSchema.defaultSchema();

    private Schema() {
    }

    public static void migrate(DataSource dataSource, DatabaseUrl url) {
        try {
            if (url.isSqlite()) {
                SqliteErasure.markIfNew(dataSource);
            }
            flyway(dataSource, url).migrate();
        } catch (FlywayException e) {
            throw new IllegalStateException("Cannot bring the database schema up to date in " + url + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Why this version must not open the database, if it must not: a newer Bella has migrated it past every migration
     * this one knows, and its tables may hold what this one would misread or overwrite. Flyway itself would only warn.
     */
    public static Optional<String> refusal(Connection connection, DatabaseUrl url) {
        MigrationInfo[] all = flyway(new SingleConnectionDataSource(connection, true), url).info().all();
        Optional<MigrationVersion> known = Arrays.stream(all).filter(migration -> migration.getState().isResolved())
                .map(MigrationInfo::getVersion).max(Comparator.naturalOrder());
        return Arrays.stream(all)
                .filter(migration -> migration.getState().isApplied() && !migration.getState().isResolved())
                .map(MigrationInfo::getVersion)
                .filter(version -> known.isEmpty() || version.isNewerThan(known.get().getVersion()))
                .max(Comparator.naturalOrder())
                .map(newest -> "its schema is at version " + newest + ", made by a newer Bella (this one knows "
                        + "versions up to " + known.map(Object::toString).orElse("none") + "); run that version or "
                        + "a newer one, or a backup this one made");
    }

    private static Flyway flyway(DataSource dataSource, DatabaseUrl url) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + (url.isSqlite() ? "sqlite" : "postgresql"))
                .javaMigrations(new AppointmentServiceColumn(), new SealStoredPersonalData())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("tables made before migrations")
                .load();
    }
}
