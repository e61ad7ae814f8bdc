package bella.bootstrap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sealing and forgetting on a real PostgreSQL server (see {@link PostgresqlDatabase}): events hold no name or number
 * in the clear, and a forgotten person's read as forgotten while their appointment keeps its time. PostgreSQL's own
 * files are not scanned: it keeps dead rows until it vacuums, and its log and backups are the operator's.
 */
class ForgettingOnPostgresqlTest {

    private PostgresqlDatabase database;

    @BeforeEach
    void database() {
        database = PostgresqlDatabase.create();
    }

    // also runs after a skipped or failed start, when there is no database
    @AfterEach
    void drop() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aBookedCallerIsSealedInTheEventsAndForgottenOnRequest() {
        try (RunningBella bella = RunningBella.start(database.url(), Map.of())) {
            TwilioCaller caller = bella.caller("CA00000000000000000000000000000701", "+14165550134");
            caller.dial();
            caller.say("I'd like to book an appointment");
            caller.say("next Tuesday at 2 pm");
            caller.say("my name is Jean-Luc O'Brien");
            assertThat(caller.say("yes please")).contains("You're booked");
            caller.hangUp(60);
            bella.awaitGet("/api/appointments?from=2026-03-10&to=2026-03-10", body -> body.contains("O'Brien"));
            assertThat(database.jdbc().queryForList("SELECT payload FROM DomainEventEntry", byte[].class).stream()
                    .map(payload -> new String(payload, StandardCharsets.UTF_8)))
                    .noneMatch(payload -> payload.contains("O'Brien") || payload.contains("4165550134"));

            assertThat(bella.post("/api/customers/+14165550134/forget").statusCode()).isEqualTo(200);

            assertThat(bella.get("/api/appointments?from=2026-03-10&to=2026-03-10").body())
                    .contains("\"name\":\"(forgotten)\"", "\"start\":\"2026-03-10T14:00:00\"")
                    .doesNotContain("O'Brien", "4165550134");
            assertThat(bella.get("/api/calls/CA00000000000000000000000000000701/events").body())
                    .doesNotContain("O'Brien", "4165550134").contains("(forgotten)");
            assertThat(database.jdbc().queryForList("SELECT secret FROM personal_data_keys", String.class))
                    .containsOnlyNulls();
            assertThat(bella.post("/api/customers/+14165550134/forget").statusCode()).isEqualTo(404);
        }
    }
}
