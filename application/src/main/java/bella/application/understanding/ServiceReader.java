package bella.application.understanding;

import bella.application.availability.BusinessRules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the service a caller asked for. One of the business's is named by its whole name or one of the words the
 * business gave for it ({@code SERVICES=Cleaning=60 (hygiene|scale and polish)}), or by a word of its name that no
 * other of its services shares ("an assessment" for "Initial assessment"). Names are matched loosely, word by word:
 * in any case, as a plural or with "-ing", written together or apart ("check up", "checkup"), and, for words of
 * five letters or more, with one letter added, dropped or swapped or one vowel changed, which covers spelling
 * variants ("tires" for "tyres", "color" for "colour", "hygeine") and a recogniser's near misses. A request for
 * something the business does not list ("a massage") is reported as the caller said it, so that Bella asks which of
 * hers they want rather than booking the first. A business that books plain appointments (no services set) takes
 * any request as one, so nothing is read.
 */
final class ServiceReader {

    private static final Lexicon WORDS = Lexicon.ENGLISH;

    /** "Book an assessment", "I need a massage on Friday", "an X, please": a thing asked for by its name. */
    private static final Pattern ASKED = Pattern.compile("(?:^|\\b(?:book|schedule|need|want|like|get|for) )(?:a|an) "
            + "([a-z]+(?:-[a-z]+)?)(?= *(?:$|,|on\\b|at\\b|for\\b|tomorrow|today|tonight|next\\b|this\\b|please"
            + "|with\\b|in\\b|\\d))");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'\\p{L}+)?");
    /** Whose: "my", "our", "Max's", with up to two words before the thing ("my dog's next "). */
    private static final Pattern POSSESSIVE = Pattern.compile("\\b(?:my|our|his|her|their|\\w+'s) (?:[\\w']+ ){0,2}?$");
    /** Below this length a word must be said as it is written: "cut" is not "cat". */
    private static final int LOOSE_FROM = 5;

    /** One way of naming a service: its words, each compared loosely. */
    private record Named(String service, List<String> words) {
    }

    /** Where a name was heard in the text: the words from {@code from} to {@code to}, as character offsets. */
    private record Heard(String service, int from, int to) {
    }

    private final List<Named> byName = new ArrayList<>();
    private final List<Named> byWord = new ArrayList<>();

    /**
     * @param offered  the business's services, in its spelling
     * @param synonyms other words for some of them, by service name
     */
    ServiceReader(List<String> offered, Map<String, List<String>> synonyms) {
        if (offered.isEmpty() || offered.equals(List.of(BusinessRules.APPOINTMENT))) {
            return;
        }
        List<Named> names = offered.stream().map(service -> new Named(service, words(service))).toList();
        for (Named named : names) {
            for (String word : named.words()) {
                boolean shared = names.stream().filter(other -> !other.service().equals(named.service()))
                        .anyMatch(other -> other.words().stream().anyMatch(theirs -> alike(theirs, word)));
                if (word.length() >= 3 && !WORDS.isA("any booking", word) && !shared) {
                    byWord.add(new Named(named.service(), List.of(word)));
                }
            }
        }
        // A word the business gave is said as a whole: "first visit" names the assessment, "first" alone does not.
        byName.addAll(names);
        offered.forEach(service -> synonyms.getOrDefault(service, List.of())
                .forEach(synonym -> byName.add(new Named(service, words(synonym)))));
        // The longest name first: "cut and colour" is not a "cut".
        byName.sort(Comparator.comparingInt((Named named) -> named.words().size()).reversed());
    }

    /** The business's service the text names, in the business's spelling, else what the caller asked for. */
    Optional<String> read(String text) {
        if (byName.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> named = heard(text).map(Heard::service);
        if (named.isPresent()) {
            return named;
        }
        Matcher known = IntentReader.SERVICE_NAMED.matcher(text);
        if (known.find()) {
            return Optional.of(known.group());
        }
        Matcher asked = ASKED.matcher(text);
        while (asked.find()) {
            if (!WORDS.isA("not a service", asked.group(1))) {
                return Optional.of(asked.group(1));
            }
        }
        return Optional.empty();
    }

    /** Whether the text names one of the business's services as someone's ("my cleaning", "Max's treatment"). */
    boolean possessed(String text) {
        return heard(text).filter(heard -> POSSESSIVE.matcher(text.substring(0, heard.from())).find()).isPresent();
    }

    private Optional<Heard> heard(String text) {
        List<MatchResult> found = new ArrayList<>();
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            found.add(words.toMatchResult());
        }
        List<String> said = found.stream().map(match -> plain(match.group())).toList();
        return first(byName, found, said).or(() -> first(byWord, found, said));
    }

    private static Optional<Heard> first(List<Named> names, List<MatchResult> found, List<String> said) {
        for (Named named : names) {
            for (int start = 0; start < said.size(); start++) {
                int end = matches(named.words(), said, start);
                if (end > start) {
                    return Optional.of(new Heard(named.service(), found.get(start).start(), found.get(end - 1).end()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The index after the last word said that the name's words match from {@code start}, or {@code start} when
     * they do not. A name word may be said as two ("check up" for "checkup"), two name words as one, and an "and"
     * left out.
     */
    private static int matches(List<String> name, List<String> said, int start) {
        int at = start;
        int i = 0;
        while (i < name.size()) {
            if (at < said.size() && alike(name.get(i), said.get(at))) {
                i++;
                at++;
            } else if (at + 1 < said.size() && alike(name.get(i), said.get(at) + said.get(at + 1))) {
                i++;
                at += 2;
            } else if (i + 1 < name.size() && at < said.size()
                    && alike(name.get(i) + name.get(i + 1), said.get(at))) {
                i += 2;
                at++;
            } else if (name.get(i).equals("and") && i > 0) {
                i++; // "scale & polish": the "and" of a name is often written as a sign, which leaves no word
            } else {
                return start;
            }
        }
        return at;
    }

    /**
     * A word said is alike one of a name when their stems are equal, or, both long enough, one edit apart; a word
     * that names a booking or a time ("message", "session") is never another spelling of a service.
     */
    private static boolean alike(String ours, String said) {
        String a = stem(ours);
        String b = stem(said);
        if (a.equals(b)) {
            return true;
        }
        return Math.min(ours.length(), said.length()) >= LOOSE_FROM && !WORDS.isA("not a service", said)
                && oneEditApart(a, b);
    }

    /** "colouring" and "colours" are "colour": the endings a service name takes in a sentence. */
    private static String stem(String word) {
        for (String ending : List.of("ings", "ing", "es", "s")) {
            if (word.length() - ending.length() >= 3 && word.endsWith(ending)) {
                String stem = word.substring(0, word.length() - ending.length());
                // "cleaning" is "clean", "tyres" is "tyre": an -es that belongs to the word stays a letter.
                return ending.equals("es") && !stem.endsWith("s") && !stem.endsWith("x") && !stem.endsWith("ch")
                        && !stem.endsWith("sh") ? stem + "e" : stem;
            }
        }
        return word;
    }

    /** One letter added or dropped, two neighbours swapped, or one vowel for another (y counting as one). */
    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            // A letter changed only for another sound of the same kind: "tyre" and "tire", not "bake" and "make".
            return vowel(a.charAt(i)) && vowel(b.charAt(i)) && a.substring(i + 1).equals(b.substring(i + 1))
                    || i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    private static boolean vowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /** The words of a name as the caller's words reach the reader: normalised alike ("first" is "1st"). */
    private static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(Normaliser.normalise(phrase));
        while (word.find()) {
            words.add(plain(word.group()));
        }
        return words;
    }

    /** Without accents or a possessive: "café" is "cafe", "women's" is "women". */
    private static String plain(String word) {
        String bare = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return bare.endsWith("'s") ? bare.substring(0, bare.length() - 2) : bare.replace("'", "");
    }
}
