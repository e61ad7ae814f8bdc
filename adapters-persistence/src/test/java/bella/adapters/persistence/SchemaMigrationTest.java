package bella.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Every database an earlier Bella made, and a new one, ends in the same schema; migrating again changes nothing. */
class SchemaMigrationTest {

    @TempDir
    Path directory;

    @Test
    void givenNoDatabase_whenMigrated_thenEveryMigrationRunsFromTheStart() {
        try (var dataSource = sqlite("new.db")) {
            Schema.migrate(dataSource, url("new.db"));

            assertThat(appliedVersions(dataSource)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
                    "11");
            assertThat(tables(dataSource)).containsOnlyKeys("DomainEventEntry", "SnapshotEventEntry", "TokenEntry",
                    "DeadLetterEntry", "appointments", "customers", "calendar_outbox", "call_summaries", "call_funnel",
                    "text_outbox", "billed_usage", "messages", "personal_data_keys", "personal_data_people",
                    "personal_data_secret", "recording_deletions", "flyway_schema_history", "sqlite_sequence");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-event-store.sql", "2-read-models.sql", "3-appointments-by-phone.sql",
            "4-calendar-outbox.sql", "5-appointment-service.sql"})
    void givenTablesAnEarlierBellaMade_whenMigrated_thenTheSchemaIsAsNew(String earlierSchema) {
        try (var fresh = sqlite("new.db"); var earlier = sqlite("earlier.db")) {
            Schema.migrate(fresh, url("new.db"));
            run(earlier, "schemas-before-migrations/" + earlierSchema);

            Schema.migrate(earlier, url("earlier.db"));

            assertThat(appliedVersions(earlier)).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
                    "10", "11");
            assertThat(tables(earlier)).isEqualTo(tables(fresh));
        }
    }

    @Test
    void givenReadModelWithoutServiceColumn_whenMigrated_thenItIsEmptiedAndItsProjectionReplays() {
        try (var dataSource = sqlite("earlier.db")) {
            run(dataSource, "schemas-before-migrations/2-read-models.sql");
            var jdbc = new JdbcTemplate(dataSource);
            jdbc.update("INSERT INTO appointments VALUES ('appointment-1', 1, 2, 'Ann', '+14165550123', 'booked', "
                    + "'CA1')");
            jdbc.update("INSERT INTO TokenEntry (processorName, segment, owner) VALUES ('appointments', 0, NULL), "
                    + "('customers', 0, NULL)");

            Schema.migrate(dataSource, url("earlier.db"));

            assertThat(jdbc.queryForObject("SELECT count(*) FROM appointments", Integer.class)).isZero();
            assertThat(jdbc.queryForList("SELECT processorName FROM TokenEntry", String.class))
                    .containsExactly("customers");
        }
    }

    @Test
    void givenReadModelWithServiceColumn_whenMigrated_thenItsRowsAndTokenStay() {
        try (var dataSource = sqlite("earlier.db")) {
            run(dataSource, "schemas-before-migrations/5-appointment-service.sql");
            var jdbc = new JdbcTemplate(dataSource);
            jdbc.update("INSERT INTO appointments VALUES ('appointment-1', 1, 2, 'Ann', '+14165550123', 'booked', "
                    + "'CA1', 'Cleaning')");
            jdbc.update("INSERT INTO TokenEntry (processorName, segment, owner) VALUES ('appointments', 0, NULL)");

            Schema.migrate(dataSource, url("earlier.db"));

            assertThat(jdbc.queryForList("SELECT service FROM appointments", String.class)).containsExactly("Cleaning");
            assertThat(jdbc.queryForList("SELECT processorName FROM TokenEntry", String.class))
                    .containsExactly("appointments");
        }
    }

    @Test
    void givenMigratedDatabase_whenMigratedAgain_thenNothingChanges() {
        try (var dataSource = sqlite("bella.db")) {
            Schema.migrate(dataSource, url("bella.db"));
            var jdbc = new JdbcTemplate(dataSource);
            jdbc.update("INSERT INTO appointments VALUES ('appointment-1', 1, 2, 'Ann', '+14165550123', 'booked', "
                    + "'CA1', NULL)");
            var schema = tables(dataSource);

            Schema.migrate(dataSource, url("bella.db"));

            assertThat(appliedVersions(dataSource)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
                    "11");
            assertThat(tables(dataSource)).isEqualTo(schema);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM appointments", Integer.class)).isOne();
        }
    }

    private HikariDataSource sqlite(String file) {
        return DataSources.sqlite(url(file));
    }

    private DatabaseUrl url(String file) {
        return DatabaseUrl.parse("jdbc:sqlite:" + directory.resolve(file));
    }

    private static void run(HikariDataSource dataSource, String script) {
        try (var connection = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource(script));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> appliedVersions(HikariDataSource dataSource) {
        return new JdbcTemplate(dataSource).queryForList("SELECT version FROM flyway_schema_history "
                + "WHERE success = 1 ORDER BY installed_rank", String.class);
    }

    /** Each table with its columns (name, type, not null, key) and its indexes' columns, as SQLite reports them. */
    private static Map<String, List<String>> tables(HikariDataSource dataSource) {
        var jdbc = new JdbcTemplate(dataSource);
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : jdbc.queryForList("SELECT name FROM sqlite_master WHERE type = 'table'", String.class)) {
            List<String> shape = new ArrayList<>(jdbc.query(
                    "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?)",
                    (rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " " + rs.getInt(4),
                    table));
            shape.addAll(jdbc.query("SELECT il.name, group_concat(ii.name) FROM pragma_index_list(?) il, "
                            + "pragma_index_info(il.name) ii GROUP BY il.name ORDER BY il.name",
                    (rs, row) -> "index " + rs.getString(1) + " on " + rs.getString(2), table));
            tables.put(table, shape);
        }
        return tables;
    }
}
