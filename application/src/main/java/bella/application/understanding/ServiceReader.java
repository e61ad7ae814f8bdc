package bella.application.understanding;

import bella.application.availability.BusinessRules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the service a caller asked for. One of the business's is named by its whole name, or by a word of its name
 * that no other of its services shares ("an assessment" for "Initial assessment"), in any case and as a plural. A
 * request for something the business does not list ("a massage") is reported as the caller said it, so that Bella
 * asks which of hers they want rather than booking the first. A business that books plain appointments (no
 * services set) takes any request as one, so nothing is read.
 */
final class ServiceReader {

    /** Words any booking may be called by: they tell one service from no other. */
    private static final Set<String> GENERIC = Set.of("appointment", "appointments", "booking", "visit", "session",
            "service", "services", "with", "and", "for", "the");
    /** "Book an assessment", "I need a massage on Friday", "an X, please": a thing asked for by its name. */
    private static final Pattern ASKED = Pattern.compile("(?:^|\\b(?:book|schedule|need|want|like|get|for) )(?:a|an) "
            + "([a-z]+(?:-[a-z]+)?)(?= *(?:$|,|on\\b|at\\b|for\\b|tomorrow|today|tonight|next\\b|this\\b|please"
            + "|with\\b|in\\b|\\d))");
    /** What a caller asks for that is a booking or a time rather than a service. */
    private static final Set<String> NOT_A_SERVICE = Set.of("appointment", "appt", "booking", "reservation", "time",
            "slot", "spot", "session", "visit", "opening", "day", "date", "week", "morning", "afternoon", "evening",
            "moment", "minute", "hour", "while", "question", "message", "person", "human", "operator", "receptionist",
            "one");

    /** Whose: "my", "our", "Max's", with up to two words before the thing ("my dog's next"). */
    private static final String POSSESSIVE = "\\b(?:my|our|his|her|their|\\w+'s) (?:[\\w']+ ){0,2}?";

    /** A service and how it is said: alone, and as someone's. */
    private record Named(String service, Pattern said, Pattern owned) {

        static Named of(String service, String words) {
            String said = "\\b" + Pattern.quote(words) + "(?:s|es)?\\b";
            return new Named(service, Pattern.compile(said), Pattern.compile(POSSESSIVE + said));
        }
    }

    private final List<Named> byName = new ArrayList<>();
    private final List<Named> byWord = new ArrayList<>();

    ServiceReader(List<String> offered) {
        if (offered.isEmpty() || offered.equals(List.of(BusinessRules.APPOINTMENT))) {
            return;
        }
        // The longest name first: "cut and colour" is not a "cut".
        List<String> longestFirst = offered.stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String service : longestFirst) {
            byName.add(Named.of(service, service.strip().toLowerCase(Locale.ROOT)));
            for (String word : words(service)) {
                boolean shared = offered.stream().filter(other -> !other.equals(service))
                        .anyMatch(other -> words(other).contains(word));
                if (!shared) {
                    byWord.add(Named.of(service, word));
                }
            }
        }
    }

    /** The business's service the text names, in the business's spelling, else what the caller asked for. */
    Optional<String> read(String text) {
        if (byName.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> named = first(byName, text).or(() -> first(byWord, text));
        if (named.isPresent()) {
            return named;
        }
        Matcher known = IntentReader.SERVICE_NAMED.matcher(text);
        if (known.find()) {
            return Optional.of(known.group());
        }
        Matcher asked = ASKED.matcher(text);
        while (asked.find()) {
            if (!NOT_A_SERVICE.contains(asked.group(1))) {
                return Optional.of(asked.group(1));
            }
        }
        return Optional.empty();
    }

    /** Whether the text names one of the business's services as someone's ("my cleaning", "Max's treatment"). */
    boolean possessed(String text) {
        return Stream.concat(byName.stream(), byWord.stream())
                .anyMatch(named -> named.owned().matcher(text).find());
    }

    private static Optional<String> first(List<Named> services, String text) {
        return services.stream().filter(named -> named.said().matcher(text).find()).map(Named::service).findFirst();
    }

    private static List<String> words(String service) {
        return Arrays.stream(service.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(word -> word.length() >= 3 && !GENERIC.contains(word)).toList();
    }
}
