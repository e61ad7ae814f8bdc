package bella.application.appointments;

import java.time.Instant;

/** One appointment as the owner lists it. */
public record AppointmentView(String id, Instant start, Instant end, String name, String phone, String status,
                              String callSid) {
}
