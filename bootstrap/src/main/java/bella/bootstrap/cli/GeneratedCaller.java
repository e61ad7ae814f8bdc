package bella.bootstrap.cli;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A caller who wants to book and answers whatever Bella asks, as Bella's gather names it in its action
 * ({@code expect=TIME}): the n-th caller asks for a time of its own ("Tuesday in 3 weeks at 9:30 am": a weekday,
 * 1 to 11 weeks ahead, one of the 16 half-hours from 9 AM, 880 in all), so callers at once seldom want the same
 * time; takes the first time offered when that one is not free, the first service, and says yes to the read-back.
 * After {@link #MOST_ANSWERS} answers without an end it hangs up.
 */
final class GeneratedCaller implements Caller {

    static final int MOST_ANSWERS = 20;
    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");
    /** Within the default booking horizon of 90 days, from any day. */
    private static final int WEEKS = 11;
    private static final int HALF_HOURS = 16;
    private static final LocalTime FIRST = LocalTime.of(9, 0);
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);
    private static final List<String> NAMES = List.of("Ann Lee", "Maria Lopez", "Omar Haddad", "Wei Chen",
            "Priya Patel", "John Smith", "Fatima Diallo", "Luca Rossi", "Sofia Novak", "Kenji Sato");

    private final int n;
    private final String from;
    private int answers;

    GeneratedCaller(int n, String from) {
        this.n = n;
        this.from = from;
    }

    @Override
    public Optional<CallerAnswer> answer(BellaSays said) {
        if (++answers > MOST_ANSWERS) {
            return Optional.empty();
        }
        return Optional.of(switch (expected(said)) {
            case "INTENT" -> CallerAnswer.words("I'd like to book an appointment");
            case "TIME" -> CallerAnswer.words(time());
            case "NAME" -> CallerAnswer.words("my name is " + NAMES.get(n % NAMES.size()));
            case "PHONE" -> CallerAnswer.keys(from.replaceAll("[^0-9]", "") + "#");
            case "SERVICE", "CHOICE", "CONFIRMATION" -> CallerAnswer.keys("1");
            default -> CallerAnswer.SILENCE;
        });
    }

    /** The time the n-th caller asks for: callers one after another differ in the day first, then the hour. */
    String time() {
        int days = WEEKDAYS.size() * WEEKS;
        LocalTime at = FIRST.plusMinutes(30L * ((n / days) % HALF_HOURS));
        return WEEKDAYS.get(n % WEEKDAYS.size()) + " in " + (1 + (n / WEEKDAYS.size()) % WEEKS) + " weeks at "
                + SPOKEN.format(at).toLowerCase(Locale.ENGLISH);
    }

    /** What Bella's question expects, from its action's {@code expect} parameter; empty when it names none. */
    private static String expected(BellaSays said) {
        String query = said.question().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                if (nameAndValue.length == 2 && nameAndValue[0].equals("expect")) {
                    return URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }
}
