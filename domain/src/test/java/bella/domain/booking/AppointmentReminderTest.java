package bella.domain.booking;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

class AppointmentReminderTest {

    private static final Instant TEN = Instant.parse("2026-03-05T15:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-04T15:00:00Z");
    private static final AppointmentBooked BOOKED = new AppointmentBooked("a1", TEN, TEN.plusSeconds(1800),
            "Ann Lee", "+14165550123", "CA1", null, NOW);

    private AggregateTestFixture<Appointment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Appointment.class);
    }

    @Test
    void givenBooked_whenTheReminderIsAccepted_thenReminderSentWithTheMessageSid() {
        fixture.given(BOOKED)
                .when(RecordReminder.sent("a1", "event-1", "SM0123", NOW))
                .expectEvents(new ReminderSent("a1", "event-1", "SM0123", NOW));
    }

    @Test
    void givenBooked_whenTwilioRefusesTheReminder_thenReminderFailedWithItsCode() {
        fixture.given(BOOKED)
                .when(RecordReminder.failed("a1", "event-1", 21211, "not a valid phone number", NOW))
                .expectEvents(new ReminderFailed("a1", "event-1", 21211, "not a valid phone number", NOW));
    }

    @Test
    void givenAReminderRecorded_whenReportedAgain_thenNothingNew() {
        fixture.given(BOOKED, new ReminderFailed("a1", "event-1", null, "gave up", NOW))
                .when(RecordReminder.sent("a1", "event-1", "SM0123", NOW))
                .expectNoEvents();
    }

    @Test
    void givenTheBookingConfirmed_whenItsReminderIsSent_thenItIsRecordedToo() {
        fixture.given(BOOKED, new ConfirmationSent("a1", "event-1", "SM0123", NOW))
                .when(RecordReminder.sent("a1", "event-1", "SM0456", NOW))
                .expectEvents(new ReminderSent("a1", "event-1", "SM0456", NOW));
    }
}
