package bella.application.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Ordered rules over words, as Duckling writes its grammar: a rule is a name, a pattern of items (each a predicate
 * over one word, or over none when optional and absent) and a production that turns the words matched into the
 * words read, or declines. Each rule runs over the whole utterance, left to right, before the next.
 * <p>
 * A grammar of {@link Production}s reads instead of rewriting: each production makes a typed reading of the words it
 * matched, with their span, and where readings overlap the one read from the most words wins (the rule listed
 * first among equals), whatever order the rules were tried in.
 */
final class Grammar {

    /** How many words "…" stands for in a phrase. */
    private static final int GAP = 4;

    /** One place of a pattern: a word with a property, which an optional item may skip. */
    record Item(Predicate<String> word, boolean optional) {
        static Item word(Predicate<String> word) {
            return new Item(word, false);
        }

        static Item is(String word) {
            return word(word::equals);
        }

        static Item maybe(String word) {
            return new Item(word::equals, true);
        }

        static Item oneOf(String... words) {
            Set<String> set = Set.of(words);
            return word(set::contains);
        }

        Item orAbsent() {
            return new Item(word, true);
        }
    }

    /**
     * The words a pattern matched, with the words on either side ("" at the ends), which may decide a production,
     * and the whole utterance they were found in.
     */
    record Match(List<String> words, String previous, String next, List<String> utterance, int from) {
        String word(int i) {
            return words.get(i);
        }

        String last() {
            return words.get(words.size() - 1);
        }

        /** The k-th word after the match (0 is the next one), or "" past the end. */
        String after(int k) {
            int i = from + words.size() + k;
            return i < utterance.size() ? utterance.get(i) : "";
        }
    }

    /** @param produce the words read from the match, or null where the rule does not apply after all */
    record Rule(String name, List<Item> pattern, Function<Match, List<String>> produce) {
        static Rule of(String name, Function<Match, List<String>> produce, Item... pattern) {
            return new Rule(name, List.of(pattern), produce);
        }
    }

    /**
     * A rule that reads: its production makes a reading of the words matched, in a context (such as today's
     * date), or declines with null.
     */
    record Production<C, T>(String name, List<Item> pattern, BiFunction<Match, C, T> produce) {
        static <C, T> Production<C, T> of(String name, BiFunction<Match, C, T> produce, Item... pattern) {
            return new Production<>(name, List.of(pattern), produce);
        }
    }

    /** A reading and the span of words it was read from, {@code from} inclusive and {@code to} exclusive. */
    record Reading<T>(T value, int from, int to) {
        int length() {
            return to - from;
        }
    }

    /** The reading of the most words any production makes anywhere in the words; the first rule among equals. */
    static <C, T> Optional<Reading<T>> best(List<Production<C, T>> productions, List<String> words, C context) {
        Reading<T> best = null;
        for (Production<C, T> production : productions) {
            for (int i = 0; i < words.size(); i++) {
                int end = matchEnd(production.pattern(), 0, words, i);
                if (end <= i || best != null && end - i <= best.length()) {
                    continue;
                }
                T value = production.produce().apply(match(words, i, end), context);
                if (value != null) {
                    best = new Reading<>(value, i, end);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every reading any production makes anywhere in the words, overlapping or not. */
    static <C, T> List<Reading<T>> all(List<Production<C, T>> productions, List<String> words, C context) {
        List<Reading<T>> found = new ArrayList<>();
        for (Production<C, T> production : productions) {
            for (int i = 0; i < words.size(); i++) {
                int end = matchEnd(production.pattern(), 0, words, i);
                T value = end > i ? production.produce().apply(match(words, i, end), context) : null;
                if (value != null) {
                    found.add(new Reading<>(value, i, end));
                }
            }
        }
        return found;
    }

    /**
     * A pattern written as a phrase, the one language of the lexicon's rows: "a|b" is either word, "word*" any word
     * it begins, "*'s" any word it ends, "[a|b]" a word that may be left out, "_" any one word, "…" up to four
     * words, "#" a number and {@code <kind>} a word of that kind.
     */
    static List<Item> phrase(String phrase, Function<String, Predicate<String>> kinds) {
        List<Item> items = new ArrayList<>();
        for (String token : phrase.split(" ")) {
            if (token.equals("…")) {
                for (int k = 0; k < GAP; k++) {
                    items.add(new Item(w -> !w.equals(","), true));
                }
            } else if (token.startsWith("[") && token.endsWith("]")) {
                items.add(new Item(either(token.substring(1, token.length() - 1), kinds), true));
            } else {
                items.add(Item.word(either(token, kinds)));
            }
        }
        return items;
    }

    private static Predicate<String> either(String alternatives, Function<String, Predicate<String>> kinds) {
        Predicate<String> any = w -> false;
        for (String alternative : alternatives.split("\\|")) {
            any = any.or(word(alternative, kinds));
        }
        return any;
    }

    private static Predicate<String> word(String alternative, Function<String, Predicate<String>> kinds) {
        if (alternative.equals("_")) {
            return w -> !w.equals(",");
        }
        if (alternative.equals("#")) {
            return w -> !w.isEmpty() && w.chars().allMatch(Character::isDigit);
        }
        if (alternative.startsWith("<") && alternative.endsWith(">")) {
            return kinds.apply(alternative.substring(1, alternative.length() - 1));
        }
        if (alternative.endsWith("*")) {
            String stem = alternative.substring(0, alternative.length() - 1);
            return w -> w.startsWith(stem);
        }
        if (alternative.startsWith("*")) {
            String end = alternative.substring(1);
            return w -> w.endsWith(end) && w.length() > end.length();
        }
        return alternative::equals;
    }

    /** The words of text whose words are one or more spaces apart. */
    static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.trim().split(" +"));
    }

    /** The word at i, or "" outside the words. */
    static String at(List<String> words, int i) {
        return i >= 0 && i < words.size() ? words.get(i) : "";
    }

    /** The words with each run of pauses (",") made one pause. */
    static List<String> onePause(List<String> words) {
        List<String> paused = new ArrayList<>(words.size());
        for (String w : words) {
            if (!w.equals(",") || paused.isEmpty() || !paused.get(paused.size() - 1).equals(",")) {
                paused.add(w);
            }
        }
        return paused;
    }

    /** The word without the "'s" it may end with: "monday's" is "monday". */
    static String stem(String w) {
        return w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
    }

    /** Whether the word is all figures, between min and max of them. */
    static boolean digits(String w, int min, int max) {
        if (w.length() < min || w.length() > max) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Match match(List<String> words, int from, int to) {
        return new Match(List.copyOf(words.subList(from, to)), from > 0 ? words.get(from - 1) : "",
                to < words.size() ? words.get(to) : "", words, from);
    }

    private final List<Rule> rules;

    Grammar(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    List<String> read(List<String> words) {
        List<String> out = new ArrayList<>(words);
        for (Rule rule : rules) {
            for (int i = 0; i < out.size(); ) {
                List<String> produced = null;
                int end = matchEnd(rule.pattern(), 0, out, i);
                if (end >= 0) {
                    produced = rule.produce().apply(match(out, i, end));
                }
                if (produced == null) {
                    i++;
                    continue;
                }
                out.subList(i, end).clear();
                out.addAll(i, produced);
                i += Math.max(1, produced.size());
            }
        }
        return out;
    }

    /** Where the pattern from item k matches the words from i on, taking an optional item when it can; -1 if not. */
    static int matchEnd(List<Item> pattern, int k, List<String> words, int i) {
        if (k == pattern.size()) {
            return i;
        }
        Item item = pattern.get(k);
        if (i < words.size() && item.word().test(words.get(i))) {
            int end = matchEnd(pattern, k + 1, words, i + 1);
            if (end >= 0) {
                return end;
            }
        }
        return item.optional() ? matchEnd(pattern, k + 1, words, i) : -1;
    }
}
