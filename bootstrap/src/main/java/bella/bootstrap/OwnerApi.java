package bella.bootstrap;

import bella.application.appointments.AppointmentView;
import bella.application.appointments.Appointments;
import bella.application.calendar.CalendarOutbox;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The owner's JSON API and the health check. */
@RestController
class OwnerApi {

    private final Appointments appointments;
    private final CalendarOutbox outbox;
    private final JdbcTemplate jdbc;
    private final ZoneId zone;
    private final Clock clock;

    OwnerApi(Appointments appointments, CalendarOutbox outbox, @Qualifier("reads") DataSource dataSource,
             Settings settings, Clock clock) {
        this.appointments = appointments;
        this.outbox = outbox;
        this.jdbc = new JdbcTemplate(dataSource);
        this.zone = settings.rules().zone();
        this.clock = clock;
    }

    @GetMapping(path = "/healthz", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> health() {
        try {
            jdbc.queryForObject("SELECT 1", Integer.class);
            return ResponseEntity.ok(Map.of("status", "ok"));
        } catch (DataAccessException unavailable) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(Map.of("status", "unavailable", "reason", "the event store does not answer"));
        }
    }

    /** Appointments starting on the days from {@code from} to {@code to}, both included (default: the next 30 days). */
    @GetMapping(path = "/api/appointments", produces = MediaType.APPLICATION_JSON_VALUE)
    List<AppointmentJson> appointments(@RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to) {
        LocalDate first = from == null ? LocalDate.now(clock.withZone(zone)) : BusinessDays.day("from", from);
        var days = new BusinessDays(first, to == null ? first.plusDays(30) : BusinessDays.day("to", to));
        var start = days.first().atStartOfDay(zone).toInstant();
        var end = days.last().plusDays(1).atStartOfDay(zone).toInstant();
        return appointments.overlapping(start, end).stream()
                .filter(appointment -> !appointment.start().isBefore(start))
                .map(this::json)
                .toList();
    }

    /** Bookings, moves and cancellations the owner's calendar does not show yet, or refused for good. */
    @GetMapping(path = "/api/calendar/pending", produces = MediaType.APPLICATION_JSON_VALUE)
    List<MirrorJson> calendarPending() {
        return outbox.unsettled().stream()
                .map(task -> new MirrorJson(task.appointmentId(), task.removes() ? "remove" : "write",
                        task.failed() ? "failed" : "pending", task.attempts(), task.lastError(),
                        LocalDateTime.ofInstant(task.due(), zone)))
                .toList();
    }

    private AppointmentJson json(AppointmentView view) {
        return new AppointmentJson(view.id(), LocalDateTime.ofInstant(view.start(), zone),
                LocalDateTime.ofInstant(view.end(), zone), view.name(), view.phone(), view.status(), view.callSid(),
                view.service());
    }

    /** One appointment as the API shows it: times are local to the business. */
    record AppointmentJson(String id, LocalDateTime start, LocalDateTime end, String name, String phone,
                           String status, String callSid, String service) {
    }

    /** An appointment change the owner's calendar does not show yet: what, how it stands, when it is next tried. */
    record MirrorJson(String appointmentId, String change, String state, int attempts, String lastError,
                      LocalDateTime next) {
    }
}
