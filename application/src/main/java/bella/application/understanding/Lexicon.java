package bella.application.understanding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words the readers know, read once from the tab-separated files under {@code understanding/lexicon}: a new
 * word is a row there, not an alternation in a pattern. Rows starting with "#" are comments.
 */
final class Lexicon {

    /** The class of a number word, which decides how it composes with the words beside it. */
    enum NumberClass { UNIT, TEEN, TENS, ORDINAL, ZERO, REPEAT }

    /** A number word: its value and its class. */
    record NumberWord(int value, NumberClass kind) {
    }

    /** The structure in which a mis-heard word takes the reading meant (see heard-as.tsv). */
    enum Structure { HOUR, ORDINAL, ANSWER, CLOCK, DAY, DIGITS }

    /** A word a recogniser writes for another: the word meant, and where that reading may be taken. */
    record HeardAs(String meant, Structure where) {
    }

    /** A phrase, as its words, and what it means. */
    record Phrase(List<String> words, String meaning) {
    }

    /** A phrase of a class said from some word on: what it stands for, and the index of the word after it. */
    record Said(String value, int end) {
    }

    static final Lexicon ENGLISH = new Lexicon();

    private final Map<String, NumberWord> numbers = new HashMap<>();
    private final Map<String, List<HeardAs>> heardAs = new HashMap<>();
    /** Phrases read as other words (an empty list drops them), by their words. */
    private final Map<List<String>, List<String>> readAs = new HashMap<>();
    private final Map<String, Set<String>> classes = new HashMap<>();
    private final List<String> services = new ArrayList<>();
    private final List<Phrase> windows = new ArrayList<>();
    private final List<String> closings = new ArrayList<>();
    /** Phrases of a class, by their words, with what they stand for (distances, bounds, deadlines, refusals). */
    private final Map<String, Map<List<String>, String>> phrases = new HashMap<>();
    private final Map<String, Integer> longestOf = new HashMap<>();
    private final Map<String, DayOfWeek> weekdays = new LinkedHashMap<>();
    private final Map<String, Month> months = new LinkedHashMap<>();
    private int longestPhrase;

    private Lexicon() {
        for (List<String> row : rows("numbers.tsv")) {
            numbers.put(row.get(0), new NumberWord(Integer.parseInt(row.get(1)),
                    NumberClass.valueOf(row.get(2).toUpperCase(Locale.ROOT))));
        }
        for (List<String> row : rows("heard-as.tsv")) {
            heardAs.computeIfAbsent(row.get(0), w -> new ArrayList<>())
                    .add(new HeardAs(row.get(1), Structure.valueOf(row.get(2).toUpperCase(Locale.ROOT))));
        }
        for (List<String> row : rows("fillers.tsv")) {
            phrase(row.get(0), row.size() > 1 ? row.get(1) : "");
        }
        for (List<String> row : rows("spellings.tsv")) {
            phrase(row.get(0), row.get(1));
        }
        // Word lists of their own, read as classes: "given name" (given-names.txt), "counted" (counted.tsv).
        for (String[] list : new String[][] {{"given-names.txt", "given name"}, {"counted.tsv", "counted"}}) {
            for (List<String> row : rows(list[0])) {
                classes.computeIfAbsent(list[1], c -> new HashSet<>()).add(row.get(0));
            }
        }
        for (List<String> row : rows("classes.tsv")) {
            classes.computeIfAbsent(row.get(0), c -> new HashSet<>()).addAll(List.of(row.get(1).split(" ")));
        }
        for (List<String> row : rows("services.tsv")) {
            services.add(row.get(0));
        }
        for (List<String> row : rows("windows.tsv")) {
            windows.add(new Phrase(List.of(row.get(0).split(" ")), row.get(1)));
        }
        for (List<String> row : rows("weekdays.tsv")) {
            weekdays.put(row.get(0), DayOfWeek.of(Integer.parseInt(row.get(1))));
        }
        for (List<String> row : rows("months.tsv")) {
            months.put(row.get(0), Month.of(Integer.parseInt(row.get(1))));
        }
        for (List<String> row : rows("closings.tsv")) {
            closings.add(row.get(0));
        }
        for (String file : new String[] {"distances.tsv", "bounds.tsv", "deadlines.tsv", "refusals.tsv"}) {
            for (List<String> row : rows(file)) {
                List<String> words = List.of(row.get(1).split(" "));
                phrases.computeIfAbsent(row.get(0), c -> new HashMap<>()).put(words, row.size() > 2 ? row.get(2)
                        : row.get(1));
                longestOf.merge(row.get(0), words.size(), Math::max);
            }
        }
    }

    private void phrase(String said, String meant) {
        List<String> words = List.of(said.split(" "));
        readAs.put(words, meant.isEmpty() ? List.of() : List.of(meant.split(" ")));
        longestPhrase = Math.max(longestPhrase, words.size());
    }

    NumberWord number(String word) {
        return numbers.get(word);
    }

    /** The words a recogniser may have meant by this one, each in its structure. */
    List<HeardAs> heardAs(String word) {
        return heardAs.getOrDefault(word, List.of());
    }

    /** What the phrase is read as, or null when it is read as itself. */
    List<String> readAs(List<String> words) {
        return readAs.get(words);
    }

    int longestPhrase() {
        return longestPhrase;
    }

    /** Whether the word is of the class (classes.tsv): "at" is a "cue", "monday" a "weekday". */
    boolean isA(String wordClass, String word) {
        Set<String> words = classes.get(wordClass);
        if (words == null) {
            throw new IllegalArgumentException("no word class " + wordClass);
        }
        return words.contains(word);
    }

    /**
     * Where in the words (lower-case, one space apart) the first word of the class stands that the word before it
     * does not rule out, as a character offset; -1 if none. {@code notAfter} may be null.
     */
    int find(String wordClass, String notAfter, String text) {
        String previous = "";
        int at = 0;
        for (String word : text.split(" ")) {
            if (isA(wordClass, word) && (notAfter == null || !isA(notAfter, previous))) {
                return at;
            }
            previous = word;
            at += word.length() + 1;
        }
        return -1;
    }

    /** Every phrase of the class said from word i on, the longest first. */
    List<Said> said(String phraseClass, List<String> words, int i) {
        Map<List<String>, String> known = phrases(phraseClass);
        List<Said> said = new ArrayList<>();
        for (int end = Math.min(words.size(), i + longestOf.get(phraseClass)); end > i; end--) {
            String value = known.get(words.subList(i, end));
            if (value != null) {
                said.add(new Said(value, end));
            }
        }
        return said;
    }

    /** Whether the words from i on open with a phrase of the class; where it ends if so, else i. */
    int skip(String phraseClass, List<String> words, int i) {
        List<Said> said = said(phraseClass, words, i);
        return said.isEmpty() ? i : said.get(0).end();
    }

    /** Where the longest phrase of the class that ends just before word {@code end} starts; -1 if none does. */
    int phraseBefore(String phraseClass, List<String> words, int end) {
        Map<List<String>, String> known = phrases(phraseClass);
        for (int i = Math.max(0, end - longestOf.get(phraseClass)); i < end; i++) {
            if (known.containsKey(words.subList(i, end))) {
                return i;
            }
        }
        return -1;
    }

    private Map<List<String>, String> phrases(String phraseClass) {
        Map<List<String>, String> known = phrases.get(phraseClass);
        if (known == null) {
            throw new IllegalArgumentException("no phrases of class " + phraseClass);
        }
        return known;
    }

    /** Every way the days of the week are written. */
    Set<String> weekdays() {
        return weekdays.keySet();
    }

    /** Every way the months are written. */
    Set<String> months() {
        return months.keySet();
    }

    /**
     * A pattern of the services callers commonly name (services.tsv), each as a word, its words written together,
     * apart or with a hyphen.
     */
    String servicesCommonlyNamed() {
        return "\\b(?:" + services.stream().map(Lexicon::phrase).collect(Collectors.joining("|")) + ")\\b";
    }

    /**
     * A pattern of the words that close a conversation (closings.tsv), each written together, apart or hyphened,
     * where they end their clause: only words "after a closing" (thanks, a farewell) may follow them there, so "that's
     * all wrong" closes nothing.
     */
    Pattern closings() {
        return Pattern.compile("\\b(?:" + closings.stream().map(Lexicon::phrase).collect(Collectors.joining("|"))
                + ")(?: +" + group("after a closing") + ")* *(?:,|$)");
    }

    /** The parts of the day callers ask for, in the order they are looked for (windows.tsv). */
    List<Phrase> windows() {
        return List.copyOf(windows);
    }

    /** The day of the week a word names ("tues"), or null. */
    DayOfWeek weekday(String word) {
        return weekdays.get(word);
    }

    /** The month a word names ("sept"), or null. */
    Month month(String word) {
        return months.get(word);
    }

    /** A capturing group of the words of a class (classes.tsv), the longest first. */
    String group(String wordClass) {
        return group(classes.get(wordClass));
    }

    /** A capturing group of every way the days of the week are written, the longest first. */
    String weekdayGroup() {
        return group(weekdays.keySet());
    }

    /** A capturing group of every way the months are written, the longest first. */
    String monthGroup() {
        return group(months.keySet());
    }

    private static String group(Set<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|", "(", ")"));
    }

    /** A row's words as a pattern: written together, apart or with a hyphen; "word*" for any word it begins. */
    private static String phrase(String row) {
        return Arrays.stream(row.split(" "))
                .map(w -> w.endsWith("*") ? Pattern.quote(w.substring(0, w.length() - 1)) + "\\w*" : Pattern.quote(w))
                .collect(Collectors.joining(" ?-?"));
    }

    static List<List<String>> rows(String file) {
        String path = "/understanding/lexicon/" + file;
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + path);
            }
            List<List<String>> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(List.of(line.strip().split("\t")));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
