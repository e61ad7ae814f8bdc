package bella.adapters.persistence;

import bella.application.appointments.AppointmentView;
import bella.application.appointments.Appointments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The appointments read model in the {@code appointments} table. */
public class JdbcAppointments implements Appointments {

    private static final RowMapper<AppointmentView> ROW = (rs, row) -> new AppointmentView(rs.getString("id"),
            Instant.ofEpochMilli(rs.getLong("start_at")), Instant.ofEpochMilli(rs.getLong("end_at")),
            rs.getString("name"), rs.getString("phone"), rs.getString("status"), rs.getString("call_sid"),
            rs.getString("service"));

    private final JdbcTemplate jdbc;

    public JdbcAppointments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(AppointmentView appointment) {
        jdbc.update("INSERT INTO appointments (id, start_at, end_at, name, phone, status, call_sid, service) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                appointment.id(), appointment.start().toEpochMilli(), appointment.end().toEpochMilli(),
                appointment.name(), appointment.phone(), appointment.status(), appointment.callSid(),
                appointment.service());
    }

    @Override
    public void move(String id, Instant start, Instant end) {
        jdbc.update("UPDATE appointments SET start_at = ?, end_at = ? WHERE id = ?", start.toEpochMilli(),
                end.toEpochMilli(), id);
    }

    @Override
    public Optional<AppointmentView> find(String id) {
        return jdbc.query("SELECT * FROM appointments WHERE id = ?", ROW, id).stream().findFirst();
    }

    @Override
    public void cancel(String id) {
        jdbc.update("UPDATE appointments SET status = ? WHERE id = ?", CANCELLED, id);
    }

    @Override
    public List<AppointmentView> upcomingFor(String phone, Instant after) {
        return jdbc.query("SELECT * FROM appointments WHERE phone = ? AND status = ? AND start_at > ? "
                + "ORDER BY start_at, id", ROW, phone, BOOKED, after.toEpochMilli());
    }

    @Override
    public List<AppointmentView> overlapping(Instant from, Instant to) {
        return jdbc.query("SELECT * FROM appointments WHERE start_at < ? AND end_at > ? ORDER BY start_at, id", ROW,
                to.toEpochMilli(), from.toEpochMilli());
    }

    @Override
    public void clear() {
        jdbc.update("DELETE FROM appointments");
    }
}
