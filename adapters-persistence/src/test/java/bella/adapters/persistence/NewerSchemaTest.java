package bella.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A database a newer Bella migrated further is refused with the reason; this version's own, or none, is not. */
class NewerSchemaTest {

    @TempDir
    Path directory;

    @Test
    void givenANewDatabaseOrOneThisVersionMigrated_thenNothingIsRefused() throws SQLException {
        try (HikariDataSource dataSource = DataSources.sqlite(url())) {
            assertThat(refusal(dataSource)).isEmpty();
            Schema.migrate(dataSource, url());
            assertThat(refusal(dataSource)).isEmpty();
        }
    }

    @Test
    void givenAMigrationPastTheNewestThisVersionKnows_thenTheDatabaseIsRefusedNamingBothVersions()
            throws SQLException {
        try (HikariDataSource dataSource = DataSources.sqlite(url())) {
            Schema.migrate(dataSource, url());
            applied(dataSource, "99", "a table of a later version");

            assertThat(refusal(dataSource)).contains("its schema is at version 99, made by a newer Bella (this one "
                    + "knows versions up to 11); run that version or a newer one, or a backup this one made");
        }
    }

    /** A migration this version lacks below its newest was another line of work, not a newer version. */
    @Test
    void givenAnUnknownMigrationBelowTheNewestThisVersionKnows_thenTheDatabaseIsNotRefused() throws SQLException {
        try (HikariDataSource dataSource = DataSources.sqlite(url())) {
            Schema.migrate(dataSource, url());
            applied(dataSource, "6", "a table of another branch");

            assertThat(refusal(dataSource)).isEmpty();
        }
    }

    private Optional<String> refusal(HikariDataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            return Schema.refusal(connection, url());
        }
    }

    private static void applied(HikariDataSource dataSource, String version, String description) {
        new JdbcTemplate(dataSource).update("INSERT INTO flyway_schema_history (installed_rank, version, "
                + "description, type, script, checksum, installed_by, execution_time, success) "
                + "VALUES ((SELECT max(installed_rank) + 1 FROM flyway_schema_history), ?, ?, 'SQL', ?, 1, 'bella', "
                + "1, 1)", version, description, "V" + version + "__later.sql");
    }

    private DatabaseUrl url() {
        return DatabaseUrl.parse("jdbc:sqlite:" + directory.resolve("bella.db"));
    }
}
