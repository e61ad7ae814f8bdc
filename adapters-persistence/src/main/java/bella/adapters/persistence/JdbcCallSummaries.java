package bella.adapters.persistence;

import bella.application.analytics.CallSummaries;
import bella.application.analytics.CallSummary;
import bella.application.analytics.Outcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.time.Instant;
import java.util.List;

/** The call summaries read model in the {@code call_summaries} table. */
public class JdbcCallSummaries implements CallSummaries {

    private static final RowMapper<CallSummary> ROW = (rs, row) -> new CallSummary(rs.getString("call_sid"),
            rs.getString("caller"), Instant.ofEpochMilli(rs.getLong("started_at")),
            rs.getObject("ended_at") == null ? null : Instant.ofEpochMilli(rs.getLong("ended_at")),
            rs.getObject("length_seconds") == null ? null : rs.getLong("length_seconds"), rs.getInt("turns"),
            rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
            rs.getString("reason"), rs.getString("stage"), rs.getInt("bookings"), rs.getString("variant"));

    private final JdbcTemplate jdbc;

    public JdbcCallSummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void started(String callSid, String caller, Instant at) {
        jdbc.update("INSERT INTO call_summaries (call_sid, caller, started_at, turns, bookings) "
                + "VALUES (?, ?, ?, 0, 0) ON CONFLICT (call_sid) DO NOTHING", callSid, caller, at.toEpochMilli());
    }

    @Override
    public void variant(String callSid, String variant) {
        jdbc.update("UPDATE call_summaries SET variant = ? WHERE call_sid = ?", variant, callSid);
    }

    @Override
    public void turn(String callSid, int turn) {
        jdbc.update("UPDATE call_summaries SET turns = ? WHERE call_sid = ? AND turns < ?", turn, callSid, turn);
    }

    @Override
    public void booked(String callSid) {
        jdbc.update("UPDATE call_summaries SET outcome = ?, bookings = bookings + 1 WHERE call_sid = ?",
                Outcome.BOOKED.name(), callSid);
    }

    @Override
    public void changed(String callSid, Outcome outcome) {
        jdbc.update("UPDATE call_summaries SET outcome = ? WHERE call_sid = ?", outcome.name(), callSid);
    }

    @Override
    public void failed(String callSid, String reason, String stage) {
        jdbc.update("UPDATE call_summaries SET outcome = ?, reason = ?, stage = ? WHERE call_sid = ?",
                Outcome.FAILED.name(), reason, stage, callSid);
    }

    @Override
    public void ended(String callSid, Instant at, long lengthSeconds) {
        jdbc.update("UPDATE call_summaries SET ended_at = ?, length_seconds = ?, outcome = COALESCE(outcome, ?) "
                + "WHERE call_sid = ?", at.toEpochMilli(), lengthSeconds, Outcome.ANSWERED.name(), callSid);
    }

    @Override
    public List<CallSummary> startedBetween(Instant from, Instant to) {
        return jdbc.query("SELECT * FROM call_summaries WHERE started_at >= ? AND started_at < ? "
                + "ORDER BY started_at DESC, call_sid", ROW, from.toEpochMilli(), to.toEpochMilli());
    }

    @Override
    public void clear() {
        jdbc.update("DELETE FROM call_summaries");
    }
}
