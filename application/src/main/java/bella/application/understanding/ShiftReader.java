package bella.application.understanding;

import bella.domain.call.Shift;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a wish to look away from the times on offer ("anything later?", "something earlier", "what else do you
 * have"), or to move the time read back ("an hour later", "a day earlier", "the day after", "same time next
 * week"). Only the conversation knows what was on offer, so this says which way and how far, and the call works out
 * the times.
 */
final class ShiftReader {

    /** "Half an hour later", "2 hours earlier", "a day before", "an hour and a half later". */
    private static final Pattern MOVE = Pattern.compile("\\b(an?|\\d{1,2}|half an?|\\d{1,2} and a half)"
            + " (minutes?|mins?|hours?|hrs?|days?|weeks?)( and a half)? (later|earlier|sooner|after|before|back|forward)\\b"
            + "(?! (?:than|that|this|today|tomorrow|\\d))");
    private static final Pattern DAY_AFTER = Pattern.compile(
            "\\bthe (?:(day|week) (after|before)\\b(?! (?:tomorrow|next|that|\\d))|(?:next|following) (day|week)\\b)");
    /** "Push it back an hour", "bring it forward half an hour". */
    private static final Pattern PUSHED = Pattern.compile("\\b(?:push|move|bump|bring) (?:it|that) (back|forward|later"
            + "|earlier)(?: by)? (an?|\\d{1,2}|half an?) (minutes?|mins?|hours?|hrs?|days?|weeks?)\\b");
    private static final Pattern NEXT_WEEK_SAME_TIME = Pattern.compile("\\bsame time(?: but)? (?:next week"
            + "|the (?:next|following) week|a week later)\\b|\\bnext week ,? (?:at )?(?:the )?same time\\b");

    /** Beside a time ("later than 11"), the way said is the side of it asked for, which the call bounds. */
    Optional<Shift> read(String text) {
        boolean later = Cues.ENGLISH.in("later", text) && !Cues.ENGLISH.in("leaving", text);
        return moved(text).or(() -> Cues.ENGLISH.in("earlier", text) ? Optional.of(Shift.EARLIER)
                : later ? Optional.of(Shift.LATER) : Optional.empty());
    }

    private static Optional<Shift> moved(String text) {
        Matcher m = MOVE.matcher(text);
        if (m.find()) {
            return Optional.of(by(m.group(4).matches("earlier|sooner|before|forward"), m.group(1), m.group(3),
                    m.group(2)));
        }
        m = PUSHED.matcher(text);
        if (m.find()) {
            return Optional.of(by(m.group(1).matches("forward|earlier"), m.group(2), null, m.group(3)));
        }
        m = DAY_AFTER.matcher(text);
        if (m.find()) {
            return Optional.of(by("before".equals(m.group(2)), "a", null, m.group(1) != null ? m.group(1) : m.group(3)));
        }
        return NEXT_WEEK_SAME_TIME.matcher(text).find() ? Optional.of(by(false, "a", null, "week")) : Optional.empty();
    }

    /** "An hour", "half an hour", "2 and a half hours", "2 hours and a half" either way, counted as an offset is. */
    private static Shift by(boolean earlier, String amount, String andAHalf, String unit) {
        double units = OffsetReader.amount(amount) + (andAHalf != null ? 0.5 : 0);
        return new Shift(earlier ? Shift.Way.EARLIER : Shift.Way.LATER,
                Duration.ofSeconds(Math.round(units * OffsetReader.seconds(unit))));
    }
}
