package bella.application.appointments;

import java.time.Instant;

/** One appointment as the owner lists it; {@code service} is null for the business's default service. */
public record AppointmentView(String id, Instant start, Instant end, String name, String phone, String status,
                              String callSid, String service) {
}
