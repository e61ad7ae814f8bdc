package bella.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A projection that fails on an event parks it where the owner sees it, goes on, and applies it on a retry. */
class ParkedEventsTest {

    private static final String APPOINTMENTS = "/api/appointments?from=2026-03-01&to=2026-03-31";
    private static final String DEAD_LETTERS = "/api/projections/dead-letters";

    @TempDir
    Path data;

    @Test
    void aBookingTheReadModelRefusesIsParkedShownKeptWhileItFailsAndAppliedOnceFixedWhileLaterBookingsGoOn() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of())) {
            var jdbc = new JdbcTemplate(bella.bean(DataSource.class));
            // a real failure inside the read model's own database write, as a broken schema or constraint would give
            jdbc.execute("CREATE TRIGGER refuse_grace BEFORE INSERT ON appointments WHEN NEW.name = 'Grace Hopper' "
                    + "BEGIN SELECT RAISE(ABORT, 'the read model refuses Grace'); END");

            book(bella, "CA00000000000000000000000000000201", "+14165550123", "tomorrow at 2 pm", "Grace Hopper");
            book(bella, "CA00000000000000000000000000000202", "+14165550145", "tomorrow at 3 pm", "Maria Lopez");

            assertThat(bella.awaitGet(APPOINTMENTS, body -> body.contains("Maria Lopez")))
                    .contains("Maria Lopez").doesNotContain("Grace Hopper");
            assertThat(bella.awaitGet(DEAD_LETTERS, body -> body.contains("AppointmentBooked")))
                    .contains("\"processingGroup\":\"appointments\"")
                    .contains("\"eventType\":\"AppointmentBooked\"")
                    .contains("\"aggregateId\":\"appointment-")
                    .contains("the read model refuses Grace")
                    .doesNotContain("Maria");

            assertThat(retried(bella)).isEqualTo("{\"applied\":0,\"stillParked\":1}");
            assertThat(bella.get(DEAD_LETTERS).body()).contains("the read model refuses Grace");

            jdbc.execute("DROP TRIGGER refuse_grace");
            assertThat(retried(bella)).isEqualTo("{\"applied\":1,\"stillParked\":0}");

            assertThat(bella.get(APPOINTMENTS).body()).contains("Grace Hopper").contains("Maria Lopez");
            assertThat(bella.get(DEAD_LETTERS).body()).isEqualTo("[]");
        }
    }

    private static void book(RunningBella bella, String callSid, String from, String when, String name) {
        assertThat(bella.caller(callSid, from).books(when, name)).contains("You're booked");
    }

    private static String retried(RunningBella bella) {
        HttpResponse<String> response = bella.post(DEAD_LETTERS + "/retry");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
