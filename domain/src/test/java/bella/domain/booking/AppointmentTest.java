package bella.domain.booking;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AppointmentTest {

    private static final Instant TEN = Instant.parse("2026-03-03T15:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    @Test
    void whenBooked_thenAppointmentBookedWithCallerAndCall() {
        new AggregateTestFixture<>(Appointment.class)
                .givenNoPriorActivity()
                .when(new BookAppointment("a1", Slot.of(TEN, Duration.ofMinutes(30)), "Ann Lee", "+14165550123",
                        "CA1", NOW))
                .expectEvents(new AppointmentBooked("a1", TEN, TEN.plusSeconds(1800), "Ann Lee", "+14165550123",
                        "CA1", NOW));
    }

    @Test
    void appointmentIdOfACallIsStable() {
        assertThat(Appointment.idForCall("CA1")).isEqualTo(Appointment.idForCall("CA1"))
                .isNotEqualTo(Appointment.idForCall("CA2"))
                .startsWith("appointment-");
    }
}
