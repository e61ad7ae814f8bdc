package bella.domain.booking;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AppointmentTest {

    private static final Instant TEN = Instant.parse("2026-03-03T15:00:00Z");
    private static final Instant TEN_THIRTY = TEN.plusSeconds(1800);
    private static final Instant FRIDAY = Instant.parse("2026-03-06T20:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private static final AppointmentBooked BOOKED = new AppointmentBooked("a1", TEN, TEN_THIRTY, "Ann Lee",
            "+14165550123", "CA1", null, NOW);

    private AggregateTestFixture<Appointment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Appointment.class);
    }

    @Test
    void whenBooked_thenAppointmentBookedWithCallerAndCall() {
        fixture.givenNoPriorActivity()
                .when(new BookAppointment("a1", Slot.of(TEN, Duration.ofMinutes(30)), "Ann Lee", "+14165550123",
                        "CA1", null, NOW))
                .expectEvents(BOOKED);
    }

    @Test
    void givenBooked_whenCancelled_thenCancelledWithItsTime() {
        fixture.given(BOOKED)
                .when(new CancelAppointment("a1", "CA2", NOW))
                .expectEvents(new AppointmentCancelled("a1", TEN, TEN_THIRTY, "CA2", NOW));
    }

    @Test
    void givenCancelled_whenCancelledAgain_thenNothingNew() {
        fixture.given(BOOKED, new AppointmentCancelled("a1", TEN, TEN_THIRTY, "CA2", NOW))
                .when(new CancelAppointment("a1", "CA3", NOW))
                .expectNoEvents();
    }

    @Test
    void givenBooked_whenRescheduled_thenMovedFromItsOldTime() {
        fixture.given(BOOKED)
                .when(new RescheduleAppointment("a1", Slot.of(FRIDAY, Duration.ofMinutes(30)), "CA2", NOW))
                .expectResultMessagePayload(true)
                .expectEvents(new AppointmentRescheduled("a1", TEN, TEN_THIRTY, FRIDAY, FRIDAY.plusSeconds(1800),
                        "CA2", NOW));
    }

    @Test
    void givenCancelled_whenRescheduled_thenRefused() {
        fixture.given(BOOKED, new AppointmentCancelled("a1", TEN, TEN_THIRTY, "CA2", NOW))
                .when(new RescheduleAppointment("a1", Slot.of(FRIDAY, Duration.ofMinutes(30)), "CA3", NOW))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void appointmentIdOfACallIsStable() {
        assertThat(Appointment.idForCall("CA1")).isEqualTo(Appointment.idForCall("CA1"))
                .isNotEqualTo(Appointment.idForCall("CA2"))
                .startsWith("appointment-");
    }
}
