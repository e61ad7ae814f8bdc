package bella.application.understanding;

import static bella.application.understanding.Grammar.at;
import static bella.application.understanding.Grammar.words;

import bella.application.understanding.Lexicon.Said;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Reads a moment given as a distance from now ("in twenty minutes", "half an hour from now"), or the wish for
 * the soonest free time ("as soon as possible", "the earliest you have"), word by word; the words are rows of
 * distances.tsv.
 */
final class OffsetReader {

    private static final Lexicon WORDS = Lexicon.ENGLISH;

    /** How long a distance said lasts, in seconds, the unit it was counted in, and the index of the word after it. */
    private record Distance(long seconds, long unit, int end) {
    }

    private OffsetReader() {
    }

    /** "In (about) 2 (more) hours" said first anywhere, else "2 hours from now", else "be there in 15". */
    static Optional<ZonedDateTime> distance(String text, ZonedDateTime now) {
        List<String> words = words(text);
        return first(words, i -> words.get(i).equals("in") ? distance(words, WORDS.skip("hedge", words, i + 1), true)
                : null)
                .or(() -> first(words, i -> Optional.ofNullable(distance(words, i, false))
                        .filter(d -> !WORDS.said("from now", words, d.end()).isEmpty()).orElse(null)))
                .or(() -> first(words, i -> words.get(i).equals("in") && roundMinutes(at(words, i + 1))
                        && (at(words, i + 2).isEmpty() || at(words, i + 2).equals(","))
                        ? new Distance(60 * Long.parseLong(words.get(i + 1)), 60, i + 2) : null))
                .map(d -> now.plusSeconds(d.seconds()));
    }

    /** "the next three hours": a window that starts with the next whole unit. */
    static Optional<ZonedDateTime[]> nextFew(String text, ZonedDateTime now) {
        List<String> words = words(text);
        return first(words, i -> words.get(i).equals("next") ? distance(words, i + 1, false) : null).map(d -> {
            ChronoUnit whole = d.unit() == 1 ? ChronoUnit.SECONDS : d.unit() == 60 ? ChronoUnit.MINUTES : ChronoUnit.HOURS;
            ZonedDateTime start = now.truncatedTo(whole).plus(1, whole);
            return new ZonedDateTime[] {start, start.plusSeconds(d.seconds())};
        });
    }

    /** "As soon as possible" anywhere; "now" only as the whole answer to "when?", since "i'm busy now" is not a time. */
    static boolean saysNow(String text, boolean answersWhen) {
        List<String> words = words(text);
        int i = 0;
        while (WORDS.skip("before now", words, i) > i) {
            i = WORDS.skip("before now", words, i);
        }
        return Cues.ENGLISH.in("soonest", text) || answersWhen && WORDS.said("now", words, i).stream()
                .anyMatch(now -> WORDS.skip("after now", words, now.end()) == words.size());
    }

    /** "An", "half an", "a couple of", "2 and a half": how many of a unit; 0 for words that are none. */
    static double amount(String said) {
        List<String> words = words(said);
        return amounts(words, 0).stream().filter(a -> a.end() == words.size()).mapToDouble(a -> Double.parseDouble(
                a.value())).findFirst().orElse(0);
    }

    /** How many seconds a unit said lasts, from seconds to weeks. */
    static long seconds(String unit) {
        return Long.parseLong(WORDS.said("unit", List.of(unit), 0).get(0).value());
    }

    /** An amount and a unit under a day from word i on ("2 hours", "half an hour", "15min"); null if none. */
    private static Distance distance(List<String> words, int i, boolean more) {
        String w = at(words, i);
        for (int k = 1; k < w.length(); k++) {
            long unit = Character.isDigit(w.charAt(k - 1)) ? unit(List.of(w.substring(k)), 0) : 0;
            if (unit > 0 && amount(w.substring(0, k)) > 0) {
                return new Distance(Math.round(amount(w.substring(0, k)) * unit), unit, i + 1);
            }
        }
        for (Said amount : amounts(words, i)) {
            int u = more && at(words, amount.end()).equals("more") ? amount.end() + 1 : amount.end();
            long unit = unit(words, u);
            if (unit > 0) {
                return new Distance(Math.round(Double.parseDouble(amount.value()) * unit), unit, u + 1);
            }
        }
        return null;
    }

    /** The seconds of a unit under a day said at word i, or 0. */
    private static long unit(List<String> words, int i) {
        long seconds = WORDS.said("unit", words, i).stream().mapToLong(u -> Long.parseLong(u.value())).findFirst()
                .orElse(0);
        return seconds < 86_400 ? seconds : 0;
    }

    /** Every amount said from word i on, the longest first: figures, figures "and a half", or a row. */
    private static List<Said> amounts(List<String> words, int i) {
        List<Said> amounts = new ArrayList<>();
        if (Grammar.digits(at(words, i), 1, 3)) {
            int figures = Integer.parseInt(words.get(i));
            WORDS.said("and a half", words, i + 1).forEach(half -> amounts.add(new Said(Double.toString(figures
                    + Double.parseDouble(half.value())), half.end())));
            amounts.add(new Said(Integer.toString(figures), i + 1));
        }
        amounts.addAll(WORDS.said("amount", words, i));
        return amounts;
    }

    /** "In 15": a round number of minutes, 5 to 55. */
    private static boolean roundMinutes(String w) {
        return Grammar.digits(w, 1, 2) && w.charAt(0) != '0' && Integer.parseInt(w) % 5 == 0 && Integer.parseInt(w) <= 55;
    }

    private static <T> Optional<T> first(List<String> words, IntFunction<T> reading) {
        return IntStream.range(0, words.size()).mapToObj(reading).filter(Objects::nonNull).findFirst();
    }
}
