package bella.application.understanding;

import bella.domain.call.Shift;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a wish to look away from the times on offer: "anything later?", "something earlier", "what else do you
 * have". Only the conversation knows what was on offer, so this says which way, and the call works out the times.
 */
final class ShiftReader {

    private static final Pattern EARLIER = Pattern.compile("\\b(?:earlier|sooner|before (?:that|those|then))\\b");
    private static final Pattern LATER = Pattern.compile("\\b(?:later|after (?:that|those|then)|(?:anything|something) after"
            + "(?! \\d)|(?:something|anything"
            + "|any) else|what else|other (?:times?|options?|slots?)|different time)\\b");
    /**
     * "Later" that does not ask for other times: leaving ("i'll call back later"), or picking the later of the
     * offers, which only the call could number.
     */
    private static final Pattern ELSEWHERE = Pattern.compile("\\b(?:(?:call(?: you)? back|talk(?: to you)?|see you"
            + "|catch you) later|the later(?: one)?)\\b");

    Optional<Shift> read(String text) {
        if (EARLIER.matcher(text).find()) {
            return Optional.of(Shift.EARLIER);
        }
        if (LATER.matcher(text).find() && !ELSEWHERE.matcher(text).find()) {
            return Optional.of(Shift.LATER);
        }
        return Optional.empty();
    }
}
