package bella.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild replays many events in one batch and one transaction: an event the projection fails on is parked within
 * it, and every other event of the batch is still applied.
 */
class ParkedDuringRebuildTest {

    private static final String APPOINTMENTS = "/api/appointments?from=2026-03-01&to=2026-03-31";

    @TempDir
    Path data;

    @Test
    void aBookingTheReadModelRefusesDuringARebuildIsParkedWhileTheBookingsAroundItAreApplied() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of())) {
            book(bella, "CA00000000000000000000000000000e01", "+14165550701", "tomorrow at 1 pm", "Ada Byron");
            book(bella, "CA00000000000000000000000000000e02", "+14165550702", "tomorrow at 2 pm", "Grace Hopper");
            book(bella, "CA00000000000000000000000000000e03", "+14165550703", "tomorrow at 3 pm", "Maria Lopez");
            assertThat(bella.awaitGet(APPOINTMENTS, body -> body.contains("Maria Lopez")))
                    .contains("Ada Byron", "Grace Hopper", "Maria Lopez");
            new JdbcTemplate(bella.bean(DataSource.class)).execute("CREATE TRIGGER refuse_grace BEFORE INSERT ON "
                    + "appointments WHEN NEW.name = 'Grace Hopper' "
                    + "BEGIN SELECT RAISE(ABORT, 'the read model refuses Grace'); END");

            assertThat(bella.post("/api/projections/appointments/rebuild").statusCode()).isEqualTo(202);

            String parked = bella.awaitGet("/api/projections/dead-letters", body -> body.contains("Grace"));
            assertThat(parked).contains("\"processingGroup\":\"appointments\"", "the read model refuses Grace")
                    .doesNotContain("Ada", "Maria");
            bella.awaitGet("/api/projections", body -> !body.contains("\"replaying\":true"));
            assertThat(bella.get(APPOINTMENTS).body()).contains("Ada Byron", "Maria Lopez")
                    .doesNotContain("Grace Hopper");
        }
    }

    private static void book(RunningBella bella, String callSid, String from, String when, String name) {
        assertThat(bella.caller(callSid, from).books(when, name)).contains("You're booked");
    }
}
