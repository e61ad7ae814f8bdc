package bella.adapters.twilio;

import bella.application.conversation.Reply;
import bella.domain.call.Expectation;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the recogniser should listen for after each question, as {@code <Gather hints>}: phrases and Google's class
 * tokens ({@code $TIME}, {@code $DAY}, {@code $MONTH}, {@code $OOV_CLASS_FULLPHONENUM}, …), then the business's and
 * the caller's own words the reply names. A name may be spelled, letter by letter, where it is asked or read back:
 * {@code $OOV_CLASS_ALPHA_SEQUENCE} is Google's class for a sequence of letters. Google ignores a class token it has
 * not for the language, so the same hints serve every English. Twilio's {@code <Gather>} reference takes hints as
 * one comma-separated list of at most 500 entries of at most 100 characters each, so a comma inside a word would
 * split it: commas become spaces, and an entry past the limits is left out rather than cut into a phrase nobody
 * says.
 */
final class Hints {

    static final int MOST_ENTRIES = 500;
    static final int LONGEST_ENTRY = 100;

    private static final Map<Expectation, List<String>> BY_QUESTION = new EnumMap<>(Map.of(
            Expectation.INTENT, List.of("book an appointment", "opening hours", "change my appointment",
                    "cancel my appointment", "$DAY", "$TIME"),
            Expectation.SERVICE, List.of(),
            Expectation.TIME, List.of("$DAY", "$MONTH", "$TIME", "today", "tomorrow", "next week", "morning",
                    "afternoon", "evening", "as soon as possible"),
            Expectation.CHOICE, List.of("the first one", "the second one", "the last one", "anything later",
                    "anything earlier", "$DAY", "$TIME"),
            Expectation.NAME, List.of("my name is", "$OOV_CLASS_ALPHA_SEQUENCE"),
            Expectation.PHONE, List.of("$OOV_CLASS_FULLPHONENUM", "$OOV_CLASS_DIGIT_SEQUENCE"),
            Expectation.CONFIRMATION, List.of("yes", "no", "yes please", "that's right", "no thanks", "$DAY",
                    "$TIME", "$OOV_CLASS_ALPHA_SEQUENCE"),
            Expectation.NOTHING, List.of()));

    private Hints() {
    }

    /** The hints for the reply's question, or an empty string when there are none. */
    static String forAnswer(Reply reply) {
        Map<String, String> entries = new LinkedHashMap<>();
        BY_QUESTION.get(reply.expecting()).forEach(entry -> add(entries, entry));
        reply.vocabulary().forEach(entry -> add(entries, entry));
        return String.join(", ", entries.values());
    }

    private static void add(Map<String, String> entries, String entry) {
        String clean = entry.replaceAll("[,\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        if (!clean.isEmpty() && clean.length() <= LONGEST_ENTRY && entries.size() < MOST_ENTRIES) {
            entries.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
        }
    }
}
