package bella.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.sqlite.SQLiteDataSource;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls an older Bella recorded: those today's upcasters read re-run like any other; those that no longer read, or
 * whose answers cannot be fed in again, are refused with 422 and the reason, naming the event, never a 5xx.
 */
class OldCallsRerunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNREADABLE = "CA00000000000000000000000000000e0";

    @TempDir
    Path data;

    @Test
    void givenCallsAnOlderBellaRecorded_whenRerun_thenEachRerunsOrSaysWhyItCannot() throws Exception {
        Path database = data.resolve("bella.db");
        UpgradeTest.load(database, "upgrade/call-outcomes-revision-1.sql");
        UpgradeTest.load(database, "rerun/calls-this-bella-cannot-read.sql");
        List<String> revisionOne = calls(database).stream().filter(sid -> !sid.startsWith(UNREADABLE)).toList();
        assertThat(revisionOne).hasSize(19);

        try (RunningBella bella = RunningBella.start(database, Map.of("SERVICES", "Cleaning=60, Checkup=30"))) {
            int differing = 0;
            for (String callSid : revisionOne) {
                HttpResponse<String> rerun = bella.post("/api/calls/" + callSid + "/rerun");
                assertThat(rerun.statusCode()).as(callSid + ": " + rerun.body()).isEqualTo(200);
                JsonNode comparison = JSON.readTree(rerun.body());
                assertThat(comparison.get("original").get(0).get("said").asText()).contains("Thank you for calling");
                differing += comparison.get("firstDifference").isNull() ? 0 : 1;
            }
            System.out.printf("%d of %d revision-1 calls re-run differently today%n", differing, revisionOne.size());

            assertRefused(bella, UNREADABLE + 1, "event 1 of call " + UNREADABLE + 1
                    + " is a bella.domain.call.MusicPlayed, a kind of event this Bella does not know");
            assertRefused(bella, UNREADABLE + 2, "event 1 of call " + UNREADABLE + 2 + " no longer reads: ");
            assertRefused(bella, UNREADABLE + 3, "turn 1 of call " + UNREADABLE + 3
                    + " was heard on channel VIDEO, which this Bella cannot feed in again");
            assertRefused(bella, UNREADABLE + 4, "event 2 of call " + UNREADABLE + 4
                    + " (IntentDetected) no longer applies to a call: ");
        }
    }

    private static void assertRefused(RunningBella bella, String callSid, String reason) throws Exception {
        HttpResponse<String> refused = bella.post("/api/calls/" + callSid + "/rerun");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).get("error").asText()).startsWith(reason);
    }

    private static List<String> calls(Path database) {
        var sqlite = new SQLiteDataSource();
        sqlite.setUrl("jdbc:sqlite:" + database);
        return new JdbcTemplate(sqlite).queryForList("SELECT DISTINCT aggregateIdentifier FROM DomainEventEntry "
                + "WHERE type = 'Call' ORDER BY aggregateIdentifier", String.class);
    }
}
