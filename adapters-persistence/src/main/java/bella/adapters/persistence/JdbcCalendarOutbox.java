package bella.adapters.persistence;

import bella.application.calendar.CalendarEntry;
import bella.application.calendar.CalendarOutbox;
import bella.application.calendar.MirrorTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The calendar outbox in the {@code calendar_outbox} table: one row per appointment whose change waits. */
public class JdbcCalendarOutbox implements CalendarOutbox {

    private static final RowMapper<MirrorTask> ROW = (rs, row) -> {
        String id = rs.getString("appointment_id");
        long start = rs.getLong("start_at");
        CalendarEntry entry = rs.wasNull() ? null : new CalendarEntry(id, Instant.ofEpochMilli(start),
                Instant.ofEpochMilli(rs.getLong("end_at")), rs.getString("summary"), rs.getString("description"));
        return new MirrorTask(id, entry, rs.getLong("version"), rs.getInt("failed") == 1, rs.getInt("attempts"),
                Instant.ofEpochMilli(rs.getLong("due_at")), rs.getString("last_error"));
    };

    private final JdbcTemplate jdbc;

    public JdbcCalendarOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void enqueue(String appointmentId, CalendarEntry entry, Instant now) {
        jdbc.update("INSERT INTO calendar_outbox (appointment_id, start_at, end_at, summary, description, version, "
                        + "failed, attempts, due_at, last_error) VALUES (?, ?, ?, ?, ?, 1, 0, 0, ?, NULL) "
                        + "ON CONFLICT (appointment_id) DO UPDATE SET start_at = excluded.start_at, "
                        + "end_at = excluded.end_at, summary = excluded.summary, description = excluded.description, "
                        + "version = calendar_outbox.version + 1, failed = 0, attempts = 0, due_at = excluded.due_at, "
                        + "last_error = NULL",
                appointmentId, entry == null ? null : entry.start().toEpochMilli(),
                entry == null ? null : entry.end().toEpochMilli(), entry == null ? null : entry.summary(),
                entry == null ? null : entry.description(), now.toEpochMilli());
    }

    @Override
    public Optional<MirrorTask> nextDue(Instant now) {
        return jdbc.query("SELECT * FROM calendar_outbox WHERE failed = 0 AND due_at <= ? "
                + "ORDER BY due_at, appointment_id LIMIT 1", ROW, now.toEpochMilli()).stream().findFirst();
    }

    @Override
    public void done(MirrorTask task) {
        jdbc.update("DELETE FROM calendar_outbox WHERE appointment_id = ? AND version = ?", task.appointmentId(),
                task.version());
    }

    @Override
    public void retryAt(MirrorTask task, Instant due, String error) {
        jdbc.update("UPDATE calendar_outbox SET attempts = attempts + 1, due_at = ?, last_error = ? "
                + "WHERE appointment_id = ? AND version = ?", due.toEpochMilli(), error, task.appointmentId(),
                task.version());
    }

    @Override
    public void failed(MirrorTask task, String reason) {
        jdbc.update("UPDATE calendar_outbox SET failed = 1, last_error = ? WHERE appointment_id = ? AND version = ?",
                reason, task.appointmentId(), task.version());
    }

    @Override
    public List<MirrorTask> unsettled() {
        return jdbc.query("SELECT * FROM calendar_outbox ORDER BY due_at, appointment_id", ROW);
    }
}
