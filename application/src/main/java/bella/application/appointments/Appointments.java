package bella.application.appointments;

import java.time.Instant;
import java.util.List;

/** The read model of booked appointments: what the owner lists and what availability subtracts. */
public interface Appointments {

    /** Records an appointment; recording the same one again changes nothing. */
    void add(AppointmentView appointment);

    /** Appointments that overlap [from, to), earliest first. */
    List<AppointmentView> overlapping(Instant from, Instant to);

    void clear();
}
