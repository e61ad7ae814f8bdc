package bella.adapters.persistence;

import bella.application.texts.TextOutbox;
import bella.application.texts.TextTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The text outbox in the {@code text_outbox} table: one row per appointment change and purpose, kept once settled.
 * A claim is a conditional update of the row as it was read, so two workers (two processes on PostgreSQL) never
 * both take it.
 */
public class JdbcTextOutbox implements TextOutbox {

    private static final RowMapper<TextTask> ROW = (rs, row) -> new TextTask(
            TextTask.Purpose.valueOf(rs.getString("purpose")), rs.getString("event_id"),
            rs.getString("appointment_id"), rs.getString("to_number"), rs.getString("body"),
            TextTask.State.valueOf(rs.getString("state")), rs.getInt("attempts"),
            Instant.ofEpochMilli(rs.getLong("due_at")), instant(rs, "send_before"), instant(rs, "first_tried_at"),
            rs.getString("message_sid"), integer(rs, "error_code"), rs.getString("last_error"),
            rs.getString("delivery"));
    /** Rows a claim looks at in one go: the few due first, so a lost race is made up by the next. */
    private static final int CANDIDATES = 8;
    /** Delivery reports after which nothing more happens to a text. */
    private static final String FINAL = "('delivered', 'undelivered', 'failed', 'read', 'canceled')";
    private static final String THIS_TEXT = " WHERE event_id = ? AND purpose = ?";

    private final JdbcTemplate jdbc;

    public JdbcTextOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void enqueue(TextTask.Purpose purpose, String eventId, String appointmentId, String to, String body,
                        Instant due, Instant sendBefore, Instant now) {
        jdbc.update("INSERT INTO text_outbox (event_id, purpose, appointment_id, to_number, body, state, attempts, "
                        + "due_at, send_before, queued_at) VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?) "
                        + "ON CONFLICT (event_id, purpose) DO NOTHING",
                eventId, purpose.name(), appointmentId, to, body, due.toEpochMilli(), millis(sendBefore),
                now.toEpochMilli());
    }

    @Override
    public void withdrawReminders(String appointmentId) {
        jdbc.update("UPDATE text_outbox SET state = 'WITHDRAWN', last_error = 'its appointment was moved or "
                + "cancelled' WHERE appointment_id = ? AND purpose = 'REMINDER' AND state IN ('PENDING', 'SENDING')",
                appointmentId);
    }

    @Override
    public Optional<TextTask> claimNext(Instant now, Instant leaseUntil) {
        List<TextTask> due = jdbc.query("SELECT * FROM text_outbox WHERE state IN ('PENDING', 'SENDING') "
                + "AND due_at <= ? ORDER BY due_at, event_id, purpose LIMIT " + CANDIDATES, ROW, now.toEpochMilli());
        for (TextTask task : due) {
            int claimed = jdbc.update("UPDATE text_outbox SET state = 'SENDING', attempts = attempts + 1, due_at = ?, "
                            + "first_tried_at = COALESCE(first_tried_at, ?)" + THIS_TEXT
                            + " AND state = ? AND attempts = ? AND due_at = ?",
                    leaseUntil.toEpochMilli(), now.toEpochMilli(), task.eventId(), task.purpose().name(),
                    task.state().name(), task.attempts(), task.due().toEpochMilli());
            if (claimed == 1) {
                return Optional.of(task);
            }
        }
        return Optional.empty();
    }

    /** Recorded even when withdrawn while it was on its way: the caller has it. */
    @Override
    public void sent(TextTask task, String messageSid) {
        jdbc.update("UPDATE text_outbox SET state = 'SENT', message_sid = ?, error_code = NULL, last_error = NULL"
                + THIS_TEXT, messageSid, task.eventId(), task.purpose().name());
    }

    @Override
    public void retryAt(TextTask task, Instant due, boolean mayBeTaken, Integer errorCode, String error) {
        jdbc.update("UPDATE text_outbox SET state = ?, due_at = ?, error_code = ?, last_error = ?" + THIS_TEXT
                        + " AND state <> 'WITHDRAWN'", mayBeTaken ? "SENDING" : "PENDING", due.toEpochMilli(),
                errorCode, error, task.eventId(), task.purpose().name());
    }

    @Override
    public void failed(TextTask task, Integer errorCode, String reason) {
        jdbc.update("UPDATE text_outbox SET state = 'FAILED', error_code = ?, last_error = ?" + THIS_TEXT,
                errorCode, reason, task.eventId(), task.purpose().name());
    }

    @Override
    public void withdrawn(TextTask task, String reason) {
        jdbc.update("UPDATE text_outbox SET state = 'WITHDRAWN', last_error = ?" + THIS_TEXT, reason,
                task.eventId(), task.purpose().name());
    }

    /** Twilio does not promise its reports in order: a final one is never replaced by a late earlier one. */
    @Override
    public boolean delivered(String messageSid, String status, Integer errorCode) {
        return jdbc.update("UPDATE text_outbox SET delivery = CASE WHEN delivery IN " + FINAL + " THEN delivery "
                + "ELSE ? END, error_code = COALESCE(?, error_code) WHERE message_sid = ?", status, errorCode,
                messageSid) > 0;
    }

    @Override
    public List<TextTask> unsettled() {
        return jdbc.query("SELECT * FROM text_outbox WHERE state IN ('PENDING', 'SENDING', 'FAILED') "
                + "OR (state = 'SENT' AND delivery IN ('undelivered', 'failed')) ORDER BY queued_at, event_id, "
                + "purpose", ROW);
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
