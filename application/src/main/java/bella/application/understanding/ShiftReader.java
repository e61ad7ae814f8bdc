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
    private static final Pattern MOVE = Pattern.compile("\\b(an?|\\d{1,2}|half an?|(?:a|an|\\d{1,2}) and a half)"
            + " (minutes?|mins?|hours?|hrs?|days?|weeks?)( and a half)? (later|earlier|sooner|after|before|back|forward)\\b"
            + "(?! (?:than|that|this|today|tomorrow|\\d))");
    private static final Pattern DAY_AFTER = Pattern.compile(
            "\\bthe (?:(day|week) (after|before)\\b(?! (?:tomorrow|next|that|\\d))|(?:next|following) (day|week)\\b)");
    /** "Push it back an hour", "bring it forward half an hour". */
    private static final Pattern PUSHED = Pattern.compile("\\b(?:push|move|bump|bring) (?:it|that) (back|forward|later"
            + "|earlier)(?: by)? (an?|\\d{1,2}|half an?) (minutes?|mins?|hours?|hrs?|days?|weeks?)\\b");
    private static final Pattern NEXT_WEEK_SAME_TIME = Pattern.compile("\\bsame time(?: but)? (?:next week"
            + "|the (?:next|following) week|a week later)\\b|\\bnext week ,? (?:at )?(?:the )?same time\\b");

    /** @param timeRead whether the words also name a time of their own, which leaves only a move by a distance */
    Optional<Shift> read(String text, boolean timeRead) {
        Optional<Shift> moved = moved(text);
        if (moved.isPresent() || timeRead) {
            return moved;
        }
        if (Cues.ENGLISH.in("earlier", text)) {
            return Optional.of(Shift.EARLIER);
        }
        if (Cues.ENGLISH.in("later", text) && !Cues.ENGLISH.in("leaving", text)) {
            return Optional.of(Shift.LATER);
        }
        return Optional.empty();
    }

    private static Optional<Shift> moved(String text) {
        Matcher m = MOVE.matcher(text);
        if (m.find()) {
            Duration by = distance(m.group(1), m.group(3), m.group(2));
            boolean earlier = m.group(4).matches("earlier|sooner|before|forward");
            return Optional.of(new Shift(earlier ? Shift.Way.EARLIER : Shift.Way.LATER, by));
        }
        m = PUSHED.matcher(text);
        if (m.find()) {
            Duration by = distance(m.group(2), null, m.group(3));
            boolean earlier = m.group(1).matches("forward|earlier");
            return Optional.of(new Shift(earlier ? Shift.Way.EARLIER : Shift.Way.LATER, by));
        }
        m = DAY_AFTER.matcher(text);
        if (m.find()) {
            String unit = m.group(1) != null ? m.group(1) : m.group(3);
            Duration by = unit.equals("day") ? Duration.ofDays(1) : Duration.ofDays(7);
            boolean before = "before".equals(m.group(2));
            return Optional.of(new Shift(before ? Shift.Way.EARLIER : Shift.Way.LATER, by));
        }
        if (NEXT_WEEK_SAME_TIME.matcher(text).find()) {
            return Optional.of(new Shift(Shift.Way.LATER, Duration.ofDays(7)));
        }
        return Optional.empty();
    }

    /** "An hour", "half an hour", "2 and a half hours", "2 hours and a half": counted in halves of the unit. */
    private static Duration distance(String amount, String andAHalf, String unit) {
        return unit(unit).multipliedBy(Math.round(units(amount, andAHalf) * 2)).dividedBy(2);
    }

    /** How many units were said: "an" 1, "half an" 0.5, "2 and a half" or "2 hours and a half" 2.5. */
    private static double units(String amount, String andAHalf) {
        double half = andAHalf != null || amount.endsWith("and a half") ? 0.5 : 0;
        if (amount.startsWith("half")) {
            return 0.5;
        }
        String whole = amount.split(" ")[0];
        return (whole.matches("\\d+") ? Integer.parseInt(whole) : 1) + half;
    }

    private static Duration unit(String said) {
        if (said.startsWith("m")) {
            return Duration.ofMinutes(1);
        }
        if (said.startsWith("h")) {
            return Duration.ofHours(1);
        }
        return said.startsWith("d") ? Duration.ofDays(1) : Duration.ofDays(7);
    }
}
