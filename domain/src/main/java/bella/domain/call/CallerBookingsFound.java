package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** The caller's number holds these upcoming bookings, which they may change or cancel (parallel lists). */
@Revision("1")
public record CallerBookingsFound(String callId, List<String> appointmentIds, List<Instant> starts, List<Instant> ends,
                                  Instant at) implements CallEvent {

    public CallerBookingsFound {
        appointmentIds = List.copyOf(appointmentIds);
        starts = List.copyOf(starts);
        ends = List.copyOf(ends);
    }
}
