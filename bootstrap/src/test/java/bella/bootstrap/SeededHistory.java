package bella.bootstrap;

import bella.application.analytics.CallAnalytics;
import bella.application.analytics.Conversion;
import bella.application.appointments.Appointments;
import org.awaitility.Awaitility;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A month of calls placed through the signed webhooks on three days, each day by a Bella whose clock starts then,
 * all on one database; and the figures these calls make, as the owner should see them on the last day.
 */
final class SeededHistory {

    /** Tuesday 10 February: three weeks back. */
    static final String THREE_WEEKS_AGO = "2026-02-10T10:00:00-05:00";
    /** Friday 27 February: within the last seven days. */
    static final String LAST_FRIDAY = "2026-02-27T11:00:00-05:00";
    /** Tuesday 3 March, the owner's today. */
    static final String TODAY = RunningBella.MONDAY_MORNING;

    static final String FAILED_TODAY = "CA0000000000000000000000000000d032";
    static final String BOOKED_TODAY = "CA0000000000000000000000000000d031";

    /** Calls, bookings and conversion today, over the last 7 days and over the last 30. */
    static final String[] TODAY_FIGURES = {"3", "1", "33.3%"};
    static final String[] WEEK_FIGURES = {"5", "2", "40.0%"};
    static final String[] MONTH_FIGURES = {"7", "3", "42.9%"};
    /** The funnel of the last 30 days, step by step from the call's start to the booking. */
    static final String[] MONTH_FUNNEL = {"7", "5", "5", "5", "3", "3"};
    static final String MONTH_HUNG_UP = "2";
    /** The bookings still ahead on the last day, in order: last Friday's and today's. */
    static final String[] UPCOMING_NAMES = {"Ben Jones", "Carla Diaz"};

    private SeededHistory() {
    }

    /**
     * Places the month of calls and starts the Bella of the last day with the given settings, once its read
     * models show every call placed.
     */
    static RunningBella seed(Path database, Map<String, String> settings) {
        try (RunningBella bella = on(database, THREE_WEEKS_AGO, settings)) {
            book(bella, "CA0000000000000000000000000000d011", "+14165550411", "Anna Smith");
            askHours(bella, "CA0000000000000000000000000000d012", "+14165550412");
        }
        try (RunningBella bella = on(database, LAST_FRIDAY, settings)) {
            book(bella, "CA0000000000000000000000000000d021", "+14165550421", "Ben Jones");
            hangUpAtOffer(bella, "CA0000000000000000000000000000d022", "+14165550422");
        }
        RunningBella today = today(database, settings);
        book(today, BOOKED_TODAY, "+14165550431", "Carla Diaz");
        hangUpAtOffer(today, FAILED_TODAY, "+14165550432");
        askHours(today, "CA0000000000000000000000000000d033", "+14165550433");
        awaitReadModels(today);
        return today;
    }

    /** Read models follow the event store a moment behind: waits (boundedly) until they show every call. */
    private static void awaitReadModels(RunningBella bella) {
        CallAnalytics analytics = bella.bean(CallAnalytics.class);
        Appointments appointments = bella.bean(Appointments.class);
        LocalDate last = LocalDate.parse(TODAY.substring(0, 10));
        LocalDate first = last.minusDays(29);
        Instant from = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        Awaitility.await().atMost(RunningBella.PATIENCE).until(() -> {
            Conversion month = analytics.conversion(first, last);
            return month.calls() == 7 && month.funnel().stream().mapToLong(Conversion.Step::calls).sum() == 28
                    && analytics.calls(first, last, Optional.empty()).stream().allMatch(call -> call.endedAt() != null)
                    && appointments.overlapping(from, from.plus(Duration.ofDays(60))).size() == 3;
        });
    }

    /** A Bella of the last day on the seeded database, with the given settings. */
    static RunningBella today(Path database, Map<String, String> settings) {
        return on(database, TODAY, settings);
    }

    private static RunningBella on(Path database, String clock, Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("BELLA_CLOCK_START", clock);
        return RunningBella.start(database, all);
    }

    static void book(RunningBella bella, String sid, String from, String name) {
        TwilioCaller caller = bella.caller(sid, from);
        caller.dial();
        assertThat(caller.say("I'd like to book an appointment")).contains("What day and time");
        assertThat(caller.say("next Tuesday at 2 pm")).contains("your name");
        assertThat(caller.say("my name is " + name)).contains("Shall I book it");
        assertThat(caller.say("yes please")).contains("You're booked");
        caller.hangUp(74);
    }

    static void hangUpAtOffer(RunningBella bella, String sid, String from) {
        TwilioCaller caller = bella.caller(sid, from);
        caller.dial();
        caller.say("I'd like to book");
        assertThat(caller.say("Thursday")).contains("I have");
        caller.hangUp(31);
    }

    static void askHours(RunningBella bella, String sid, String from) {
        TwilioCaller caller = bella.caller(sid, from);
        caller.dial();
        assertThat(caller.say("what are your hours?")).contains("Monday to Friday");
        caller.hangUp(12);
    }
}
