package bella.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * This version started on a database the first Bella with read models made (its tables, events, bookings and
 * tokens, dumped from a real run) upgrades it and loses no booking, and books into it; a restart changes nothing.
 */
class UpgradeTest {

    private static final String MARCH = "/api/appointments?from=2026-03-01&to=2026-03-31";
    private static final List<String> BOOKED_BEFORE = List.of("\"name\":\"Maria Lopez\",\"phone\":\"+14165550145\"",
            "\"name\":\"Ayesha Siddiqui\",\"phone\":\"+16475550188\"",
            "\"name\":\"Jean-Luc O'Brien\",\"phone\":\"+14165550123\"");

    @TempDir
    Path data;

    @Test
    void givenDatabaseOfTheFirstSchema_whenThisVersionStarts_thenEveryBookingIsFoundAndNewOnesLand() throws Exception {
        Path database = data.resolve("bella.db");
        load(database, "upgrade/first-schema-with-bookings.sql");

        try (RunningBella bella = RunningBella.start(database, Map.of())) {
            String march = bella.awaitGet(MARCH, body -> BOOKED_BEFORE.stream().allMatch(body::contains));
            BOOKED_BEFORE.forEach(booking -> assertThat(march).contains(booking));
            assertThat(march).contains("2026-03-04T10:00:00", "2026-03-06T15:00:00", "2026-03-10T14:30:00");

            TwilioCaller caller = bella.caller("CA00000000000000000000000000000301", "+14165550199");
            caller.dial();
            caller.say("I'd like to book an appointment");
            caller.say("Thursday at 11 am");
            caller.say("this is Grace Hopper");
            assertThat(caller.press("1")).contains("You're booked for Thursday, March 5th at 11 AM");
            assertThat(bella.awaitGet(MARCH, body -> body.contains("Grace Hopper")))
                    .contains("\"start\":\"2026-03-05T11:00:00\"");
            // the three calls of the old database and this one, summarised from the events the old code wrote
            assertThat(bella.awaitGet("/api/calls?from=2026-03-01&to=2026-03-31",
                    body -> body.split("\"callSid\"", -1).length == 5).split("\"callSid\"", -1)).hasSize(5);
            assertThat(bella.get("/api/projections/dead-letters").body()).isEqualTo("[]");
        }
        var history = history(database);
        assertThat(history).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");

        try (RunningBella again = RunningBella.start(database, Map.of())) {
            String march = again.awaitGet(MARCH, body -> body.contains("Grace Hopper"));
            BOOKED_BEFORE.forEach(booking -> assertThat(march).contains(booking));
            assertThat(march.split("\"status\":\"booked\"", -1)).hasSize(5);
        }
        assertThat(history(database)).isEqualTo(history);
    }

    static void load(Path database, String script) throws SQLException {
        try (var connection = sqlite(database).getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource(script));
        }
    }

    private static List<String> history(Path database) {
        return new JdbcTemplate(sqlite(database)).queryForList(
                "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank", String.class);
    }

    private static DataSource sqlite(Path database) {
        var dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + database);
        return dataSource;
    }
}
