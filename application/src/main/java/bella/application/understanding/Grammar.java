package bella.application.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Ordered rules over words, as Duckling writes its grammar: a rule is a name, a pattern of items (each a predicate
 * over one word, or over none when optional and absent) and a production that turns the words matched into the
 * words read, or declines. Each rule runs over the whole utterance, left to right, before the next.
 */
final class Grammar {

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
    }

    /** The words a pattern matched, with the words on either side ("" at the ends), which may decide a production. */
    record Match(List<String> words, String previous, String next) {
        String word(int i) {
            return words.get(i);
        }

        String last() {
            return words.get(words.size() - 1);
        }
    }

    /** @param produce the words read from the match, or null where the rule does not apply after all */
    record Rule(String name, List<Item> pattern, Function<Match, List<String>> produce) {
        static Rule of(String name, Function<Match, List<String>> produce, Item... pattern) {
            return new Rule(name, List.of(pattern), produce);
        }
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
                    produced = rule.produce().apply(new Match(List.copyOf(out.subList(i, end)),
                            i > 0 ? out.get(i - 1) : "", end < out.size() ? out.get(end) : ""));
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
    private static int matchEnd(List<Item> pattern, int k, List<String> words, int i) {
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
