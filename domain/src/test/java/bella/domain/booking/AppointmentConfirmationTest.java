package bella.domain.booking;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

class AppointmentConfirmationTest {

    private static final Instant TEN = Instant.parse("2026-03-03T15:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private static final AppointmentBooked BOOKED = new AppointmentBooked("a1", TEN, TEN.plusSeconds(1800),
            "Ann Lee", "+14165550123", "CA1", null, NOW);

    private AggregateTestFixture<Appointment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Appointment.class);
    }

    @Test
    void givenBooked_whenTheTextIsAccepted_thenConfirmationSentWithTheMessageSid() {
        fixture.given(BOOKED)
                .when(RecordConfirmation.sent("a1", "event-1", "SM0123", NOW))
                .expectEvents(new ConfirmationSent("a1", "event-1", "SM0123", NOW));
    }

    @Test
    void givenBooked_whenTwilioRefusesTheText_thenConfirmationFailedWithItsCode() {
        fixture.given(BOOKED)
                .when(RecordConfirmation.failed("a1", "event-1", 21610, "Attempt to send to unsubscribed recipient",
                        NOW))
                .expectEvents(new ConfirmationFailed("a1", "event-1", 21610,
                        "Attempt to send to unsubscribed recipient", NOW));
    }

    @Test
    void givenATextRecorded_whenReportedAgain_thenNothingNew() {
        fixture.given(BOOKED, new ConfirmationSent("a1", "event-1", "SM0123", NOW))
                .when(RecordConfirmation.sent("a1", "event-1", "SM0123", NOW))
                .expectNoEvents();
    }

    @Test
    void givenOneChangeConfirmed_whenTheNextChangesTextIsSent_thenItIsRecordedToo() {
        fixture.given(BOOKED, new ConfirmationSent("a1", "event-1", "SM0123", NOW))
                .when(RecordConfirmation.sent("a1", "event-2", "SM0456", NOW))
                .expectEvents(new ConfirmationSent("a1", "event-2", "SM0456", NOW));
    }
}
