package bella.adapters.persistence;

import bella.application.messages.MessageView;
import bella.application.messages.Messages;
import bella.application.messages.PendingMessage;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;

/** Callers' messages in the {@code messages} table. */
public class JdbcMessages implements Messages {

    private static final String PENDING = "pending";
    private static final int LONGEST_ERROR = 1_000;

    private final JdbcTemplate jdbc;

    public JdbcMessages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void recorded(String callSid, String recordingSid, String from, Instant receivedAt, long durationSeconds,
                         String recordingPath) {
        jdbc.update("INSERT INTO messages (call_sid, recording_sid, caller, received_at, duration_seconds, "
                        + "recording_path, status, attempts, next_try_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?) "
                        + "ON CONFLICT (call_sid) DO NOTHING", callSid, recordingSid, from, receivedAt.toEpochMilli(),
                durationSeconds, recordingPath, PENDING, receivedAt.toEpochMilli());
    }

    @Override
    public void transcribed(String callSid, String transcript) {
        jdbc.update("UPDATE messages SET status = 'transcribed', transcript = ? WHERE call_sid = ?", transcript,
                callSid);
    }

    @Override
    public void failed(String callSid, String reason) {
        jdbc.update("UPDATE messages SET status = 'failed', failure = ? WHERE call_sid = ?", reason, callSid);
    }

    @Override
    public List<MessageView> between(Instant from, Instant to) {
        return jdbc.query("SELECT call_sid, caller, received_at, duration_seconds, transcript, status FROM messages "
                        + "WHERE received_at >= ? AND received_at < ? ORDER BY received_at, call_sid",
                (row, i) -> new MessageView(row.getString("call_sid"), row.getString("caller"),
                        Instant.ofEpochMilli(row.getLong("received_at")), row.getLong("duration_seconds"),
                        row.getString("transcript"), row.getString("status")),
                from.toEpochMilli(), to.toEpochMilli());
    }

    @Override
    public List<PendingMessage> due(Instant now, int limit) {
        return jdbc.query("SELECT call_sid, recording_sid, recording_path, attempts FROM messages "
                        + "WHERE status = ? AND recording_path IS NOT NULL AND next_try_at <= ? "
                        + "ORDER BY next_try_at, call_sid LIMIT ?",
                (row, i) -> new PendingMessage(row.getString("call_sid"), row.getString("recording_sid"),
                        row.getString("recording_path"), row.getInt("attempts")),
                PENDING, now.toEpochMilli(), limit);
    }

    @Override
    public void retryAt(String callSid, int attempts, Instant next, String error) {
        String cut = error == null || error.length() <= LONGEST_ERROR ? error : error.substring(0, LONGEST_ERROR);
        jdbc.update("UPDATE messages SET attempts = ?, next_try_at = ?, last_error = ? WHERE call_sid = ? "
                + "AND status = ?", attempts, next.toEpochMilli(), cut, callSid, PENDING);
    }

    @Override
    public void readyNow(String recordingSid, Instant now) {
        jdbc.update("UPDATE messages SET next_try_at = ? WHERE recording_sid = ? AND status = ? AND next_try_at > ?",
                now.toEpochMilli(), recordingSid, PENDING, now.toEpochMilli());
    }

    @Override
    public void clear() {
        jdbc.update("DELETE FROM messages");
    }
}
