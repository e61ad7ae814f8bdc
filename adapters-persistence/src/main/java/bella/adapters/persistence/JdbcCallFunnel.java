package bella.adapters.persistence;

import bella.application.analytics.CallFunnel;
import bella.application.analytics.FunnelStep;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** The funnel read model in the {@code call_funnel} table: a row per call and step it reached. */
public class JdbcCallFunnel implements CallFunnel {

    private final JdbcTemplate jdbc;

    public JdbcCallFunnel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void started(String callSid, Instant at) {
        jdbc.update("INSERT INTO call_funnel (call_sid, step, started_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (call_sid, step) DO NOTHING", callSid, FunnelStep.STARTED.name(), at.toEpochMilli());
    }

    @Override
    public void reached(String callSid, FunnelStep step, FunnelStep after) {
        // the WHERE clause also keeps SQLite from reading ON CONFLICT as the ON of a join
        jdbc.update("INSERT INTO call_funnel (call_sid, step, started_at) "
                + "SELECT call_sid, ?, started_at FROM call_funnel WHERE call_sid = ? AND step = ? "
                + "ON CONFLICT (call_sid, step) DO NOTHING", step.name(), callSid, after.name());
    }

    @Override
    public Map<FunnelStep, Long> callsAt(Instant from, Instant to) {
        Map<FunnelStep, Long> steps = new EnumMap<>(FunnelStep.class);
        jdbc.query("SELECT step, COUNT(*) AS calls FROM call_funnel WHERE started_at >= ? AND started_at < ? "
                        + "GROUP BY step", rs -> {
                    steps.put(FunnelStep.valueOf(rs.getString("step")), rs.getLong("calls"));
                }, from.toEpochMilli(), to.toEpochMilli());
        return steps;
    }

    @Override
    public void clear() {
        jdbc.update("DELETE FROM call_funnel");
    }
}
