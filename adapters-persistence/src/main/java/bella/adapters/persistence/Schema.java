package bella.adapters.persistence;

import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import javax.sql.DataSource;

/**
 * Brings the database to the schema this version expects, with Flyway, before anything else touches it.
 *
 * <p>Each database product has its own scripts ({@code db/migration/sqlite}, {@code db/migration/postgresql}),
 * numbered alike and kept parallel; a change that must inspect what is there is a Java migration both share. A
 * database made before these migrations existed has tables but no history: it is baselined at version 0, so every
 * migration runs over it, and each is written to accept every shape an earlier Bella left behind.
 */
final class Schema {

    static final EventSchema EVENTS = EventSchema.builder().build();
    static final TokenSchema TOKENS = TokenSchema.builder().build();
    static final DeadLetterSchema DEAD_LETTERS = DeadLetterSchema.defaultSchema();

    private Schema() {
    }

    static void migrate(DataSource dataSource, DatabaseUrl url) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/" + (url.isSqlite() ? "sqlite" : "postgresql"))
                    .javaMigrations(new AppointmentServiceColumn())
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .baselineDescription("tables made before migrations")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new IllegalStateException("Cannot bring the database schema up to date in " + url + ": "
                    + e.getMessage(), e);
        }
    }
}
