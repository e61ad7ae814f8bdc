package bella.application.appointments;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The read model of booked appointments: what the owner lists, what availability subtracts, what callers change. */
public interface Appointments {

    String BOOKED = "booked";
    String CANCELLED = "cancelled";

    /** Records an appointment; recording the same one again changes nothing. */
    void add(AppointmentView appointment);

    void move(String id, Instant start, Instant end);

    Optional<AppointmentView> find(String id);

    void cancel(String id);

    /** Appointments, cancelled ones included, that overlap [from, to), earliest first. */
    List<AppointmentView> overlapping(Instant from, Instant to);

    /** The booked (not cancelled) appointments under this phone number that start after the moment, earliest first. */
    List<AppointmentView> upcomingFor(String phone, Instant after);

    void clear();
}
