package bella.bootstrap.cli;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A caller who wants to book and answers what Bella asks, recognised as a caller would, by her words: the n-th
 * caller asks for a time of its own ("Tuesday in 3 weeks at 9:30 am": a weekday, 1 to 11 weeks ahead, one of
 * the 16 half-hours from 9 AM, 880 in all), so callers at once seldom want the same time; takes the first time
 * offered when that one is not free, the first service, and says yes to the read-back.
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
    /** A read-back names the caller's name and number, so it is recognised before the questions asking for them. */
    private static final List<Question> QUESTIONS = List.of(
            new Question(List.of("say yes or press 1", "shall i", "would that work", "which would you like",
                    "press 1 to book it", "press 1 to move", "what would you like to book", "press 1 for"),
                    caller -> CallerAnswer.keys("1")),
            new Question(List.of("phone number"),
                    caller -> CallerAnswer.keys(caller.from.replaceAll("[^0-9]", "") + "#")),
            new Question(List.of("your name"),
                    caller -> CallerAnswer.words("my name is " + NAMES.get(caller.n % NAMES.size()))),
            new Question(List.of("what day and time", "what time would suit"),
                    caller -> CallerAnswer.words(caller.time())),
            new Question(List.of("book an appointment"),
                    caller -> CallerAnswer.words("I'd like to book an appointment")));

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
        String heard = String.join(" ", said.lines()).toLowerCase(Locale.ENGLISH);
        return Optional.of(QUESTIONS.stream().filter(question -> question.askedIn(heard)).findFirst()
                .map(question -> question.answer().apply(this)).orElse(CallerAnswer.SILENCE));
    }

    /** The time the n-th caller asks for: callers one after another differ in the day first, then the hour. */
    String time() {
        int days = WEEKDAYS.size() * WEEKS;
        LocalTime at = FIRST.plusMinutes(30L * ((n / days) % HALF_HOURS));
        return WEEKDAYS.get(n % WEEKDAYS.size()) + " in " + (1 + (n / WEEKDAYS.size()) % WEEKS) + " weeks at "
                + SPOKEN.format(at).toLowerCase(Locale.ENGLISH);
    }

    /** A question as a caller recognises it, by words of Bella's that ask for one thing only, and the answer. */
    private record Question(List<String> cues, Function<GeneratedCaller, CallerAnswer> answer) {

        boolean askedIn(String heard) {
            return cues.stream().anyMatch(heard::contains);
        }
    }
}
