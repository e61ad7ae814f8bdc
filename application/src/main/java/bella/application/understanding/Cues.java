package bella.application.understanding;

import bella.application.understanding.Grammar.Item;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Phrases that cue a reading, by class (cues.tsv): what a caller wants ("cancel*", "push [it] back", "hours" not
 * after a number), the words before a bare hour, a shift asked for. Each row is a pattern of word predicates, as a
 * {@link Grammar} rule's, with the words it may not follow or precede; a reader asks whether, and where, a phrase
 * of a class is said.
 */
final class Cues {

    static final Cues ENGLISH = new Cues("cues.tsv");

    /** One row: the pattern, and what the words on either side of it may not be. */
    private record Cue(List<Item> pattern, Predicate<String> notAfter, Predicate<String> notBefore) {
    }

    private final Map<String, List<Cue>> byClass = new HashMap<>();

    private Cues(String file) {
        for (List<String> row : Lexicon.rows(file)) {
            byClass.computeIfAbsent(row.get(0), c -> new ArrayList<>()).add(new Cue(Grammar.phrase(row.get(1),
                    Cues::ofClass), around(row.size() > 2 ? row.get(2) : "-"), around(row.size() > 3 ? row.get(3) : "-")));
        }
    }

    /** Whether a phrase of the class is said in the text (lower-case words, one space apart). */
    boolean in(String cueClass, String text) {
        return find(cueClass, text, true) >= 0;
    }

    /**
     * Where the last phrase of the class said ends, in words, so that "not correct" ends with, and outweighs, the
     * "correct" inside it; -1 if none is said.
     */
    int lastEnd(String cueClass, String text) {
        return find(cueClass, text, false);
    }

    private int find(String cueClass, String text, boolean any) {
        List<Cue> cues = cues(cueClass);
        List<String> words = text.isBlank() ? List.of() : List.of(text.trim().split(" +"));
        int last = -1;
        for (Cue cue : cues) {
            for (int i = 0; i < words.size(); i++) {
                int end = Grammar.matchEnd(cue.pattern(), 0, words, i);
                if (end > i && end > last && !cue.notAfter().test(i > 0 ? words.get(i - 1) : "^")
                        && !cue.notBefore().test(end < words.size() ? words.get(end) : "$")) {
                    last = end;
                    if (any) {
                        return last;
                    }
                }
            }
        }
        return last;
    }

    /** Whether a phrase of the class ends just before the word at {@code end}. */
    boolean endsAt(String cueClass, List<String> words, int end) {
        for (Cue cue : cues(cueClass)) {
            for (int i = Math.max(0, end - cue.pattern().size()); i < end; i++) {
                if (Grammar.matchEnd(cue.pattern(), 0, words, i) == end) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the words from {@code from} to {@code to} are phrases of the class one after another, or none. */
    boolean fill(String cueClass, List<String> words, int from, int to) {
        if (from == to) {
            return true;
        }
        for (Cue cue : cues(cueClass)) {
            int end = Grammar.matchEnd(cue.pattern(), 0, words.subList(0, to), from);
            if (end > from && fill(cueClass, words, end, to)) {
                return true;
            }
        }
        return false;
    }

    private List<Cue> cues(String cueClass) {
        List<Cue> cues = byClass.get(cueClass);
        if (cues == null) {
            throw new IllegalArgumentException("no cues of class " + cueClass);
        }
        return cues;
    }

    /** {@code <class>} in a phrase: a word of that class of classes.tsv. */
    private static Predicate<String> ofClass(String wordClass) {
        return w -> Lexicon.ENGLISH.isA(wordClass, w);
    }

    /** The words a phrase may not follow or precede: "^" the start, "$" the end, "," a pause, "#" a number. */
    private static Predicate<String> around(String column) {
        if (column.equals("-")) {
            return w -> false;
        }
        Set<String> words = Set.copyOf(Arrays.asList(column.split("\\|")));
        boolean number = words.contains("#");
        return w -> words.contains(w) || number && !w.isEmpty() && w.chars().allMatch(Character::isDigit);
    }
}
