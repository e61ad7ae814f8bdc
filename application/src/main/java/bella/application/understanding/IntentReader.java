package bella.application.understanding;

import bella.domain.call.Expectation;
import bella.domain.call.Intent;
import bella.domain.call.Keypad;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells what the caller wants from the cues said (cues.tsv). The order matters: "no, I want to cancel" is a
 * cancellation when Bella asked what the call is about, but a "no" when she asked to confirm.
 */
final class IntentReader {

    /** The purposes a call may state, the first said of these classes of cues (cues.tsv) winning. */
    private static final List<Intent> PURPOSES = List.of(Intent.HUMAN, Intent.CANCEL, Intent.RESCHEDULE, Intent.HOURS,
            Intent.BOOK);
    private static final List<Intent> ANSWERS = List.of(Intent.NO, Intent.YES);
    private static final Cues CUES = Cues.ENGLISH;

    /** "Get my car looked at", "have the dog groomed": a thing of the caller's to be seen to is a service asked for. */
    private static final String SOMETHING_SEEN_TO = "\\b(?:get|have) (?:my|our|the|his|her) (?:\\w+ ){1,2}"
            + "(?:cut|done|groomed|cleaned|checked|fixed|serviced|tuned|looked at|seen|tested|examined|trimmed|washed"
            + "|repaired)\\b";
    /** What callers of a small business come in for: naming it is asking for it ("i need a cleaning"). */
    static final Pattern SERVICE_NAMED = Pattern.compile(Lexicon.ENGLISH.servicesCommonlyNamed() + "|"
            + SOMETHING_SEEN_TO);
    private static final Pattern LONE_KEY = Pattern.compile("^(?:press )?(\\d|one)(?: ,)?$");

    /** @param timeAhead whether the words name a time still to come, which is asking for it */
    Intent read(String text, Expectation expecting, boolean timeAhead) {
        Optional<Intent> keyed = keypad(text, expecting);
        if (keyed.isPresent()) {
            return keyed.get();
        }
        if (expecting == Expectation.CONFIRMATION) {
            // "Change it to 5" at the read-back adjusts the booking read, as it does anywhere mid-booking.
            return lastAnswer(text).or(() -> first(text, PURPOSES))
                    .or(() -> moves(text)
                            ? Optional.of(timeAhead ? Intent.BOOK : Intent.RESCHEDULE) : Optional.empty())
                    .orElse(Intent.OTHER);
        }
        // "How much is a haircut": naming a service in a question about its price is not asking for one.
        Optional<Intent> purpose = first(text, PURPOSES).or(() -> SERVICE_NAMED.matcher(text).find()
                && !CUES.in("price", text) ? Optional.of(Intent.BOOK) : Optional.empty());
        if (purpose.isPresent() && purpose.get() != Intent.BOOK) {
            return purpose.get();
        }
        // A conflict explained, or a booking the caller has, then another time asked for or a verb of moving: it
        // is to be moved.
        boolean existing = CUES.in("existing", text);
        boolean another = CUES.in("another", text);
        if (CUES.in("conflict", text) && (another || existing)
                || existing && (moves(text) || another) || !timeAhead && CUES.in("about existing", text)) {
            return Intent.RESCHEDULE;
        }
        if (purpose.isPresent()) {
            return purpose.get();
        }
        if (moves(text)) {
            // Mid-booking, "change it to 5" adjusts the time being arranged; at the menu, "move it to Friday at 3"
            // can only be about a booking that exists.
            return timeAhead && expecting != Expectation.INTENT ? Intent.BOOK : Intent.RESCHEDULE;
        }
        // Asked what the call is about, a caller who names a time wants it, whatever else they say.
        if (expecting == Expectation.INTENT && timeAhead) {
            return Intent.BOOK;
        }
        return first(text, ANSWERS).orElse(Intent.OTHER);
    }

    /** A verb of moving something arranged ("switch it to", "push my cleaning"), not the service "an oil change". */
    private static boolean moves(String text) {
        return Lexicon.ENGLISH.find("move", "not moved", text) >= 0;
    }

    /** Whether the words refer to a booking the caller (or someone they speak for) already has. */
    boolean refersToBooking(String text) {
        return CUES.in("booked", text);
    }

    /** "No, sorry, yes. Yes, that's right": the answer the caller ended on. */
    private static Optional<Intent> lastAnswer(String text) {
        int no = CUES.lastEnd("no", text);
        int yes = CUES.lastEnd("yes", text);
        return no < 0 && yes < 0 ? Optional.empty() : Optional.of(yes > no ? Intent.YES : Intent.NO);
    }

    /** The first intent in the list whose cues are said. */
    private static Optional<Intent> first(String text, List<Intent> intents) {
        return intents.stream().filter(intent -> CUES.in(intent.name().toLowerCase(Locale.ROOT), text)).findFirst();
    }

    /** A key's digit said alone ("one.", "press 2") means what the key would. */
    private static Optional<Intent> keypad(String said, Expectation expecting) {
        // "One" stays a word, as it may be a pronoun ("the Thursday one"); the other digits come as digits.
        return Keypad.intent(expecting, LONE_KEY.matcher(said).replaceAll(m -> m.group(1).equals("one") ? "1"
                : m.group(1)));
    }
}
