package bella.adapters.persistence;

import bella.application.costs.Usage;
import bella.application.costs.UsageTotals;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The billed usage read model in the {@code billed_usage} table. */
public class JdbcUsage implements Usage {

    private static final String VOICE = "voice";
    private static final String TEXT = "text";

    private final JdbcTemplate jdbc;

    public JdbcUsage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void callStarted(String callSid, Instant at) {
        jdbc.update("INSERT INTO billed_usage (item_id, kind, at, units) VALUES (?, ?, ?, 0) "
                + "ON CONFLICT (item_id, kind) DO NOTHING", callSid, VOICE, at.toEpochMilli());
    }

    @Override
    public void callBilled(String callSid, long minutes) {
        jdbc.update("UPDATE billed_usage SET units = ? WHERE item_id = ? AND kind = ?", minutes, callSid, VOICE);
    }

    @Override
    public void textSent(String messageSid, Instant at) {
        jdbc.update("INSERT INTO billed_usage (item_id, kind, at, units) VALUES (?, ?, ?, 1) "
                + "ON CONFLICT (item_id, kind) DO NOTHING", messageSid, TEXT, at.toEpochMilli());
    }

    @Override
    public UsageTotals between(Instant from, Instant to) {
        Map<String, long[]> byKind = new HashMap<>();
        jdbc.query("SELECT kind, COUNT(*) AS items, SUM(units) AS units FROM billed_usage "
                        + "WHERE at >= ? AND at < ? GROUP BY kind",
                row -> {
                    byKind.put(row.getString("kind"), new long[] {row.getLong("items"), row.getLong("units")});
                }, from.toEpochMilli(), to.toEpochMilli());
        long[] none = {0, 0};
        return new UsageTotals(byKind.getOrDefault(VOICE, none)[0], byKind.getOrDefault(VOICE, none)[1],
                byKind.getOrDefault(TEXT, none)[1]);
    }

    @Override
    public void clear() {
        jdbc.update("DELETE FROM billed_usage");
    }
}
