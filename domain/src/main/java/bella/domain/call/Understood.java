package bella.domain.call;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What Bella understood from one utterance.
 *
 * @param start    the requested moment or the start of a requested window; null when no time was said
 * @param end      the exclusive end of a requested window; null for a single moment
 * @param timeSaid whether the caller named a clock time (or part of day), not only a day
 * @param dateSaid whether the caller named a day, not only a clock time
 * @param name     the caller's name when they gave one
 * @param phone    a phone number in E.164 when they gave one
 * @param choice   the place of an offered option the caller picked: 1 the first, -1 the last ("the later one"), or
 *                 null
 * @param otherReading the start of a second, equally likely reading of the requested time ("next Friday" said on a
 *                     Wednesday: the day after tomorrow, or a week later), or null when the words allow only one
 * @param service  the service the caller named, as the business calls it, or null
 * @param shift    the way from the times on offer the caller asked to look ("anything later?"), or null
 * @param aboutBooking whether the words refer to a booking the caller already has ("my Monday appointment", "my
 *                     dog's appointment"), whatever else they ask
 * @param closing  whether the words close the conversation ("thanks, that's all", "great, bye"), whatever else
 *                 they say
 * @param passed   the moment as the caller named it when that has just gone by ("November 3rd" said on the 27th), or
 *                 null; {@code start} (and {@code otherReading}) then hold the nearest ones ahead they may have meant
 * @param dayOfMonthAlone whether the day was named by its day of the month with no month or weekday ("no, the 9th"):
 *                        {@code start} is then the next such day to come, and the month talked about may be meant
 */
public record Understood(Intent intent, Instant start, Instant end, Grain grain, boolean timeSaid, boolean dateSaid,
                         String name, String phone, Integer choice, Instant otherReading, String service, Shift shift,
                         boolean aboutBooking, boolean closing, Instant passed, boolean dayOfMonthAlone) {

    public Understood {
        Objects.requireNonNull(intent, "intent");
        if (start == null && (end != null || grain != null)) {
            throw new IllegalArgumentException("a window or grain needs a start");
        }
        if (start != null && grain == null) {
            throw new IllegalArgumentException("a requested time needs its grain");
        }
        if (otherReading != null && start == null) {
            throw new IllegalArgumentException("a second reading needs a first");
        }
        if (passed != null && start == null) {
            throw new IllegalArgumentException("a date gone by needs the one meant instead");
        }
        if (choice != null && choice == 0) {
            throw new IllegalArgumentException("choices count from 1, or back from -1");
        }
    }

    /** Words whose day, if any, is not a day of the month said alone. */
    public Understood(Intent intent, Instant start, Instant end, Grain grain, boolean timeSaid, boolean dateSaid,
                      String name, String phone, Integer choice, Instant otherReading, String service, Shift shift,
                      boolean aboutBooking, boolean closing, Instant passed) {
        this(intent, start, end, grain, timeSaid, dateSaid, name, phone, choice, otherReading, service, shift,
                aboutBooking, closing, passed, false);
    }

    /** Words that name no date gone by. */
    public Understood(Intent intent, Instant start, Instant end, Grain grain, boolean timeSaid, boolean dateSaid,
                      String name, String phone, Integer choice, Instant otherReading, String service, Shift shift,
                      boolean aboutBooking, boolean closing) {
        this(intent, start, end, grain, timeSaid, dateSaid, name, phone, choice, otherReading, service, shift,
                aboutBooking, closing, null);
    }

    /** Words that close nothing and name no date gone by. */
    public Understood(Intent intent, Instant start, Instant end, Grain grain, boolean timeSaid, boolean dateSaid,
                      String name, String phone, Integer choice, Instant otherReading, String service, Shift shift,
                      boolean aboutBooking) {
        this(intent, start, end, grain, timeSaid, dateSaid, name, phone, choice, otherReading, service, shift,
                aboutBooking, false);
    }

    /** Words that refer to no booking the caller has. */
    public Understood(Intent intent, Instant start, Instant end, Grain grain, boolean timeSaid, boolean dateSaid,
                      String name, String phone, Integer choice, Instant otherReading, String service, Shift shift) {
        this(intent, start, end, grain, timeSaid, dateSaid, name, phone, choice, otherReading, service, shift, false);
    }

    public static Understood nothing() {
        return new Understood(Intent.OTHER, null, null, null, false, false, null, null, null, null, null, null);
    }

    public static Understood intent(Intent intent) {
        return new Understood(intent, null, null, null, false, false, null, null, null, null, null, null);
    }

    /** The index of the option picked among so many, if the caller picked one of them. */
    public Optional<Integer> picked(int options) {
        if (choice == null || Math.abs(choice) > options) {
            return Optional.empty();
        }
        return Optional.of(choice > 0 ? choice - 1 : options + choice);
    }

    public boolean hasTime() {
        return start != null;
    }
}
