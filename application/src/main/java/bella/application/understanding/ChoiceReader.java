package bella.application.understanding;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads which of the offered options the caller picked, when Bella has just offered some. */
final class ChoiceReader {

    private static final Pattern NAMED = Pattern.compile("\\b(?:number|option|choice|no) (\\d)\\b(?!:| (?:am|pm)\\b)");
    /** "The 2nd one" picks, but "thursday the 3rd", "on the 9th" and "the 3rd of december" are days. */
    private static final Pattern ORDINAL = Pattern.compile("(?<!\\b(?:on|day|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may"
            + "|jun|jul|aug|sep|oct|nov|dec)\\w{0,6} (?:the )?)\\b(?:the )?([1-5])(?:st|nd|rd|th)\\b(?! of)(?: (?:one|option|choice))?");
    private static final String OF_THOSE = " of (?:those|them|the \\w+)(?: \\d)?";
    private static final Pattern MIDDLE = Pattern.compile("\\b(?:the middle(?: one| option)?|middle (?:one|option))\\b");
    /** "The earlier one" picks the first offer; "an earlier one" asks for other times ({@link ShiftReader}). */
    private static final Pattern EARLIER = Pattern.compile("\\b(?:the (?:earlier|earliest|sooner|soonest)(?: one|" + OF_THOSE
            + ")?|(?<!\\ban |\\ba )(?:earlier|sooner) one|earliest|soonest|whichever(?:'s| is) (?:earlier|sooner))\\b");
    /** "The later one", "the last one", "whichever's latest": the last offer; "the last you have" ends the day. */
    private static final Pattern LATER = Pattern.compile("\\b(?:the (?:later|last|latter|final)(?: one| option|" + OF_THOSE
            + ")?|the latest(?: one|" + OF_THOSE + ")|(?<!\\ban |\\ba )(?:later|latest|last|latter) one"
            + "|whichever(?:'s| is) (?:later|latest|last))\\b"
            + "(?! (?:week|month|year|time|night|name))(?:(?<=one|option)|(?! you))");

    /** @param from where the words naming the choice begin, and {@code to} where they end */
    record Found(int choice, int from, int to) {
    }

    /** "number two", "the second one", "the earlier one", "the last one": ways of choosing that cannot be a time. */
    Optional<Found> named(String text) {
        for (Pattern pattern : List.of(NAMED, ORDINAL, EARLIER, LATER, MIDDLE)) {
            Matcher m = pattern.matcher(text);
            if (m.find() && (m.groupCount() == 0 || !m.group(1).equals("0"))) {
                int choice = pattern == EARLIER ? 1 : pattern == LATER ? -1 : pattern == MIDDLE ? 2
                        : Integer.parseInt(m.group(1));
                return Optional.of(new Found(choice, m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    /**
     * A digit said or pressed alone ("2 please", "um, one is fine"), with only the words that may stand around a lone
     * hour (cues.tsv) and none that make it a time ("3 o'clock").
     */
    Optional<Integer> lone(String text) {
        List<String> words = Grammar.words(text);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).equals("one") ? "1" : words.get(i);
            if (w.matches("[1-9]") && !Lexicon.ENGLISH.isA("after a time", Grammar.at(words, i + 1))
                    && Cues.ENGLISH.fill("around a lone hour", words, 0, i)
                    && Cues.ENGLISH.fill("after a lone hour", words, i + 1, words.size())) {
                return Optional.of(Integer.parseInt(w));
            }
        }
        return Optional.empty();
    }
}
