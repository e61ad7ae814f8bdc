package bella.bootstrap;

import bella.domain.MovableClock;
import bella.domain.booking.Appointment;
import bella.domain.booking.ReminderSent;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static bella.bootstrap.Eventually.awaitThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders a day (REMINDER_BEFORE's default) before each appointment, on a clock the test moves: queued with the
 * booking, kept across a restart, sent when due and not before, and never for a time that was moved or cancelled.
 * A text to another caller is the sign that the sender has gone through everything due before it.
 */
@Execution(ExecutionMode.CONCURRENT)
class ReminderTextsTest {

    private static final String ANN = "+14165550191";
    private static final String BEN = "+14165550192";
    private static final String CAT = "+14165550193";
    private static final String DAN = "+14165550194";
    /** Tuesday 3 March 2026, 10:15 in Toronto. */
    private static final Instant TUESDAY = Instant.parse("2026-03-03T15:15:00Z");
    /** Wednesday 4 March 2026, 2 PM in Toronto: a day before Ann's appointment. */
    private static final Instant DAY_BEFORE_ANN = Instant.parse("2026-03-04T19:00:00Z");

    @TempDir
    Path data;

    private final FakeTwilioMessages twilio = new FakeTwilioMessages();
    private final MovableClock clock = new MovableClock(TUESDAY);

    @AfterEach
    void stopTwilio() {
        twilio.close();
    }

    @Test
    void aReminderGoesADayBeforeEachAppointmentKeptAcrossARestartAndNoneForMovedOrCancelledTimes() {
        Path database = data.resolve("bella.db");
        try (RunningBella bella = RunningBella.start(database, twilio.settings(), clock)) {
            book(bella, "CA00000000000000000000000000000501", ANN, "Thursday at 2 pm");
            book(bella, "CA00000000000000000000000000000502", BEN, "Thursday at 3 pm");
            book(bella, "CA00000000000000000000000000000503", CAT, "Thursday at 4 pm");
            // a caller's bookings are found through the appointments read model, a moment behind
            bella.awaitGet("/api/appointments?from=2026-03-01&to=2026-03-31",
                    body -> body.contains(BEN) && body.contains(CAT));

            TwilioCaller cancelling = bella.caller("CA00000000000000000000000000000504", BEN);
            cancelling.dial();
            cancelling.say("cancel my appointment");
            assertThat(cancelling.say("yes please")).contains("is cancelled");
            TwilioCaller moving = bella.caller("CA00000000000000000000000000000505", CAT);
            moving.dial();
            moving.say("I need to move my appointment");
            moving.say("friday at 10 am");
            assertThat(moving.say("yes")).contains("moved to Friday, March 6th at 10 AM");
            awaitThat(() -> twilio.textsTo(BEN).size() == 2 && twilio.textsTo(CAT).size() == 2);
        }

        try (RunningBella restarted = RunningBella.start(database, twilio.settings(), clock)) {
            clock.move(Duration.between(TUESDAY, DAY_BEFORE_ANN).minusMinutes(1));
            book(restarted, "CA00000000000000000000000000000506", DAN, "tomorrow at 9 am");
            assertThat(twilio.textsTo(ANN)).as("a minute early").hasSize(1);

            clock.move(Duration.ofMinutes(1));
            awaitThat(() -> twilio.textsTo(ANN).size() == 2);
            assertThat(twilio.textsTo(ANN).get(1)).isEqualTo("Maple Dental: a reminder of your appointment on "
                    + "Thursday, March 5, 2026 at 2:00 PM. To change or cancel it, call this number.");
            EventStore events = restarted.bean(EventStore.class);
            awaitThat(() -> reminders(events, "CA00000000000000000000000000000501").size() == 1);
            assertThat(reminders(events, "CA00000000000000000000000000000501").get(0).messageSid())
                    .matches("SM[0-9a-f]{32}");

            // Thursday 10 AM: a day before Cat's new time, long past the reminders of Ben's and Cat's old ones
            clock.move(Duration.ofHours(20));
            awaitThat(() -> twilio.textsTo(CAT).size() == 3);
            assertThat(twilio.textsTo(CAT).get(2)).isEqualTo("Maple Dental: a reminder of your appointment on "
                    + "Friday, March 6, 2026 at 10:00 AM. To change or cancel it, call this number.");
            clock.move(Duration.ofDays(2));
            book(restarted, "CA00000000000000000000000000000507", "+14165550195", "Tuesday at 11 am");
        }
        assertThat(twilio.textsTo(ANN)).hasSize(2);
        assertThat(twilio.textsTo(BEN)).as("booked, cancelled: no reminder").hasSize(2);
        assertThat(twilio.textsTo(CAT)).as("booked, moved, reminded of the new time").hasSize(3);
        assertThat(twilio.textsTo(DAN)).as("booked within the day: the confirmation is the reminder").hasSize(1);
    }

    /** A new booking's confirmation is the sign that the sender has gone through everything due before it. */
    private void book(RunningBella bella, String callSid, String number, String when) {
        TwilioCaller caller = bella.caller(callSid, number);
        caller.dial();
        caller.say("I'd like to book an appointment");
        caller.say(when);
        caller.say("this is Ada Lovelace");
        assertThat(caller.press("1")).contains("You're booked");
        awaitThat(() -> twilio.textsTo(number).size() == 1);
    }

    private static List<ReminderSent> reminders(EventStore events, String callSid) {
        return events.readEvents(Appointment.idForCall(callSid)).asStream().map(Message::getPayload)
                .filter(ReminderSent.class::isInstance).map(ReminderSent.class::cast).toList();
    }
}
