package bella.application.understanding;

import bella.domain.call.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the caller's own name. "My name is", or "name" opening a clause, is trusted with almost any word; weaker
 * cues ("this is", "i'm", a bare answer) are trusted only with words that are not everyday English, since "i'm
 * calling" or "this is great" are far more common than a name. A name spelled letter by letter is written as spelled.
 */
final class NameReader {

    private static final Lexicon WORDS = Lexicon.ENGLISH;
    private static final int MAX_WORDS = 4;
    private static final String WORD = "[\\p{L}][\\p{L}'\\-]*";
    private static final Pattern STRONG = Pattern.compile(
            "(?:^under(?! the name)|\\b(?:my name is|my name's|the name is|call me|(?<!last |sur|family )name(?: is|'s)"
            + "|(?<=^|, )name"
            + "|full name(?: is|'s)?(?: please)?(?: ,)?"
            + "|under the name(?: of)?"
            + "|(?:put|book|reserve"
            + "|have|booked) (?:it|that|this|me|the (?:appointment|booking|reservation)) (?:in )?under))\\s("
            + WORD + "(?:\\s" + WORD + "){0,3})");
    /** The words that say which part of a name follows: "last name is", "surname", "first name's". */
    private static final String FAMILY_NAME = "(?:last|sur|family) ?name(?: is|'s)?";
    private static final String GIVEN_NAME = "(?:first|1st) name(?: is|'s)?";
    /** "First name Anna, last name Kowalski": both parts, in the order of a full name. */
    private static final Pattern FIRST_AND_LAST = Pattern.compile("\\b" + GIVEN_NAME + " (" + WORD + ")(?: ,)?"
            + " (?:and )?(?:my )?" + FAMILY_NAME + " (" + WORD + ")");
    private static final String WHERE = "(?: (?:at the end|at the start|in the middle))?";
    /**
     * "Catherine with a K", "Thomson, no P", "Bear Head, two words": hints, not names; "Catherine, with a C, Murphy"
     * is one name.
     */
    private static final Pattern SPELLING_HINT = Pattern.compile("(?: ,)?(?: with (?:an? )?(?:hyphen|dash|apostrophe"
            + "|space)| with(?: an?)?(?: capital)? \\p{L}| (?:no|without)(?: the| an?)? \\p{L}"
            + "|(?: with)? (?:two|2|double) \\p{L}s?| (?:two|2) words| an? \\p{L} at the end)"
            + "(?: and (?:an? |two |2 |double )\\p{L}s?)*" + WHERE + "\\b(?= |$)(?: ,(?= (" + WORD + ") ?(?:,|$)))?");
    /** "The last name is Lopes": one part of the name, which the call puts in place of the part it corrects. */
    private static final Pattern PART = Pattern.compile("\\b(?:the |my )?(?:" + FAMILY_NAME + "|" + GIVEN_NAME
            + ")(?: ,)? (" + WORD + ")");
    /** "My last name, Wojciechowski, ..., first name Tomasz": both parts, family name said first. */
    private static final Pattern LAST_AND_FIRST = Pattern.compile("\\b" + FAMILY_NAME + "(?: ,)? (" + WORD
            + ")\\b.*?\\b" + GIVEN_NAME + "(?: ,)? (" + WORD + ")");
    /** "The last name's …" (group 1) or "first name …" opening a clause. */
    private static final Pattern PART_OPENS = Pattern.compile("^(?:and )?(?:the |my )?(?:(" + FAMILY_NAME + ")|"
            + GIVEN_NAME + ") ");
    /** "It's for my daughter, Rachel Cohen", "under my wife's name, Ann Ng": the name the booking is to be under. */
    private static final Pattern UNDER_ANOTHER = Pattern.compile("\\b(?:(?:for|under) my (?:daughter|son|wife|husband"
            + "|mother|father|mom|mum|dad|partner|friend|kid|child|boy|girl|sister|brother)(?:'s name)? ,?|(?:it )?should"
            + " be(?! under)) (" + WORD + "(?: " + WORD + ")?)");
    private static final Pattern ANNOUNCED = Pattern.compile("\\b(?:spell it|spelled|spelt|spelling is|that's|that is) ?,? ?$");
    /** "M I double L E R": a doubled letter inside a spelling; "Marie dash Eve": a hyphen said between two words. */
    private static final Pattern SAID_MARKS = Pattern.compile("(?<=\\b\\p{L} )double (\\p{L})\\b"
            + "|(?<=\\p{L}{2}) (?:dash|hyphen) (?=\\p{L}{2})");
    /** "Not Tanaka, Takahashi": the name said after the one ruled out. */
    private static final Pattern NOT_BUT = Pattern.compile("^(?:no , )?not (" + WORD + ") ,? (?:it's |but )?(" + WORD
            + ")");
    /** Letters said one by one ("s a r a h", "j-o-n"): the spelling of the name just said. */
    private static final Pattern SPELLED = Pattern.compile("(?<![\\p{L}'])(?:\\p{L}[ -]){2,}\\p{L}\\b");
    private static final Pattern WEAK = Pattern.compile(
            "\\b(?:this is|it's|its|it is|i'm|i am|im)\\s(" + WORD + "(?:\\s" + WORD + "){0,2})");
    private static final Pattern HERE = Pattern.compile("^(?:(?:hi|hello|hey|yes|yeah|sure|oh|well|okay|hi there"
            + "|hello there) (?:, )?)*(" + WORD + "(?:\\s" + WORD + "){0,3}) (?:here|speaking|calling)\\b");
    /** Greetings open a turn as names do ("Howdy. I'm Alexis"), and are never the name. */
    private static final String GREETING = "hi there|hey there|hello there|hi|hello|hey|howdy|hiya|heya|hallo|hullo"
            + "|greetings|yo|good (?:morning|afternoon|evening|day)|morning|afternoon|evening";
    private static final Pattern BARE_LEAD = Pattern.compile(
            "^(?:(?:um|uh|er|erm|hmm|yes|yeah|sure|ok|okay|so|well|oh|it's|its|but|and|no|actually|sorry|spelled|that's"
            + "|that is|under|name|" + GREETING
            + ") (?:, )?)+");

    /** @param written the words as the recogniser wrote them, whose capitals tell a name from a word */
    Optional<String> read(String utterance, boolean bareNameExpected, String written) {
        String text = SPELLING_HINT.matcher(SAID_MARKS.matcher(utterance)
                .replaceAll(m -> m.group(1) == null ? "-" : m.group(1) + " " + m.group(1)))
                .replaceAll(hint -> hint.group(1) == null || name(hint.group(1), true).isPresent()
                        && !SPELLED.matcher(hint.group(1)).matches() ? "" : " ,");
        // "Pappas, with two Ps", "Obinna, O B I N N A, Eze": a name whose spelling the caller gives is a name,
        // asked for or not.
        Matcher spelled = SPELLED.matcher(text);
        Optional<String> heard = said(text, bareNameExpected || !text.equals(utterance) || spelled.find(), written);
        spelled.reset();
        if (!spelled.find()) {
            return heard;
        }
        String letters = spelled.group().replaceAll("[ -]", "");
        if (Pattern.compile("\\b(?:" + Pattern.quote(letters) + "\\p{L}+|[\\p{L}']+" + Pattern.quote(letters)
                + ")\\b").matcher(text).find()) {
            return heard; // "Alexander, A L E X", "O'Ryan, R Y A N": the start or end of a word said, to confirm it
        }
        // Unasked ("no, Niamh, N I A M H" at the read-back), a spelling is a name when it spells a word just said,
        // is announced as one ("the last name is spelled N G U Y E N"), or is said alone ("no, S M Y T H"):
        // nothing else is spelled letter by letter.
        String around = (text.substring(0, spelled.start()) + " " + text.substring(spelled.end())).strip();
        boolean alone = BARE_LEAD.matcher(around + " ").replaceFirst("").replace(",", "").isBlank();
        boolean aName = Pattern.compile("\\b" + Pattern.quote(letters) + "\\b").matcher(text).find()
                || ANNOUNCED.matcher(text.substring(0, spelled.start())).find() || alone;
        return heard.map(name -> Names.corrected(name, capitalise(letters)))
                .or(() -> bareNameExpected || aName ? Optional.of(capitalise(letters)) : Optional.empty());
    }

    private Optional<String> said(String text, boolean bareNameExpected, String written) {
        Matcher both = FIRST_AND_LAST.matcher(text);
        if (both.find()) {
            return Optional.of(capitalise(both.group(1)) + " " + capitalise(both.group(2)));
        }
        Matcher reversed = LAST_AND_FIRST.matcher(text);
        if (reversed.find()) {
            return Optional.of(capitalise(reversed.group(2)) + " " + capitalise(reversed.group(1)));
        }
        Matcher another = UNDER_ANOTHER.matcher(text);
        if (another.find() && name(another.group(1), true).isPresent()) {
            return name(another.group(1), true);
        }
        Matcher notBut = NOT_BUT.matcher(text);
        if (notBut.find() && name(notBut.group(1), true).isPresent() && name(notBut.group(2), true).isPresent()) {
            return name(notBut.group(2), true);
        }
        Matcher strong = STRONG.matcher(text);
        Matcher part = PART.matcher(text);
        Optional<String> introduced = strong.find() ? name(strong.group(1), false)
                : part.find() && !bareNameExpected ? name(part.group(1), false) : Optional.empty();
        if (bareNameExpected) {
            // "Name's Tyler, Tyler Brooks": asked for it, the fuller saying wins.
            Optional<String> full = fullest(text, introduced);
            if (full.isPresent() && (introduced.isEmpty() || fuller(full.get(), introduced.get()))) {
                return full;
            }
        } else if (introduced.isEmpty()) {
            // "This is Anjali, sorry, Anjali Mehta": a fuller saying of the name just given wins unasked too.
            Optional<String> weak = weak(text, written);
            Optional<String> full = weak.flatMap(name -> fullest(text, Optional.of(name)));
            if (full.isPresent() && fuller(full.get(), weak.get())) {
                return full;
            }
        }
        Matcher here = HERE.matcher(text);
        return introduced.or(() -> bareNameExpected ? Optional.empty() : bare(text, written))
                .or(() -> weak(text, written)).or(() -> here.find() ? name(here.group(1), true) : Optional.empty());
    }

    /**
     * Unasked, the first clause of a turn ("Alexis. I want to book", "Hi, Lucía Fernández, I want…") is the name when
     * its words could be one and it starts with a known given name, or has several words, each written with a capital.
     */
    private static Optional<String> bare(String text, String written) {
        String answer = BARE_LEAD.matcher(text.replaceFirst("^[ ,]+", "")).replaceFirst("");
        int boundary = answer.indexOf(" ,");
        return clause(boundary < 0 ? answer : answer.substring(0, boundary)).filter(n -> WORDS.isA("given name",
                n.split(" ")[0].toLowerCase(Locale.ROOT)) || wordCount(n) > 1 && Arrays.stream(n.split(" "))
                .allMatch(w -> capitalised(w, written)));
    }

    /**
     * Asked for a name, a caller may say it more than once, the fuller last ("Tom, well, Thomas, Thomas Baker",
     * "Leilani. Leilani Kahale."): the clause that reads as the longest name, the first among equals, starting from
     * the name they introduced with "my name is".
     */
    private static Optional<String> fullest(String text, Optional<String> introduced) {
        Optional<String> best = introduced;
        String surname = null;
        String given = null;
        String spelled = null;
        for (String part : text.split(",")) {
            String words = BARE_LEAD.matcher(part.strip() + " ").replaceFirst("").strip();
            Matcher opens = PART_OPENS.matcher(words);
            boolean which = opens.find();
            boolean family = which && opens.group(1) != null;
            if (which && !family) {
                // "Tran, T R A N, first name Minh": a given name said by its part, around the rest.
                given = clause(words.substring(opens.end())).filter(n -> wordCount(n) == 1).orElse(given);
                spelled = null;
                continue;
            }
            Optional<String> name = clause(family ? words.substring(opens.end()) : words);
            // After a spelling, a word that is not the one spelled is the family name.
            boolean afterSpelling = spelled != null && name.isPresent() && !name.get().equalsIgnoreCase(spelled);
            if (name.isPresent() && (family || afterSpelling) && wordCount(name.get()) == 1) {
                surname = name.get();
            } else if (name.isPresent() && (best.isEmpty() || wordCount(name.get()) > wordCount(best.get()))) {
                best = name;
            }
            spelled = SPELLED.matcher(words).matches() ? words.replaceAll("[ -]", "") : null;
        }
        // "Sean, S-E-A-N, Murphy", "Marisol, and the last name is Vega": a family name said after the rest.
        String family = surname;
        Optional<String> full = best.map(name -> family != null && wordCount(name) == 1 && !name.equals(family)
                ? name + " " + family : name).or(() -> Optional.ofNullable(family));
        // "Kim Min-jun, first name Min-jun": the given name said as such goes first.
        String firstName = given;
        return full.map(name -> firstName == null ? name : givenFirst(name, firstName))
                .or(() -> Optional.ofNullable(firstName));
    }

    /**
     * The name with the given name said as such at its front: added before a lone family name, moved there from
     * among the words of a fuller name, which is otherwise kept as said.
     */
    private static String givenFirst(String name, String given) {
        String spaced = " " + name + " ";
        boolean among = spaced.contains(" " + given + " ");
        return wordCount(name) > 1 && !among ? name : (given + spaced.replace(" " + given + " ", " ")).strip();
    }

    /** After "this is", "it's", "i'm", a name of words not everyday English, nor a state ("I'm driving"). */
    private static Optional<String> weak(String text, String written) {
        Matcher weak = WEAK.matcher(text);
        while (weak.find()) {
            String word = weak.group(1).split(" ")[0];
            boolean state = word.endsWith("ing") && !capitalised(word, written) && !WORDS.isA("given name", word);
            Optional<String> name = state ? Optional.empty() : name(weak.group(1), true);
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }

    /** Whether the caller's words, as the recogniser wrote them, have the word, whole, with a capital. */
    private static boolean capitalised(String word, String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        String sought = word.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(sought); at >= 0; at = lower.indexOf(sought, at + 1)) {
            int end = at + sought.length();
            if ((at == 0 || !Character.isLetter(lower.charAt(at - 1)))
                    && (end == lower.length() || !Character.isLetter(lower.charAt(end)))) {
                return Character.isUpperCase(written.charAt(at));
            }
        }
        return false;
    }

    private static boolean fuller(String full, String said) {
        return wordCount(full) > wordCount(said) && full.contains(said);
    }

    private static int wordCount(String name) {
        return name.split(" ").length;
    }

    private static Optional<String> clause(String clause) {
        String[] words = clause.split(" ");
        long counted = Arrays.stream(words).filter(word -> !WORDS.isA("name particle", word)).count();
        if (clause.isBlank() || counted > MAX_WORDS || !clause.matches(WORD + "(?: " + WORD + ")*")) {
            return Optional.empty();
        }
        int titled = WORDS.isA("title", words[0]) ? 1 : 0;
        return name(clause, true).filter(n -> n.split(" ").length == words.length - titled);
    }

    private static Optional<String> name(String candidate, boolean checkCommon) {
        List<String> words = new ArrayList<>();
        int counted = 0;
        String[] said = candidate.split("\\s");
        int first = said.length > 1 && WORDS.isA("title", said[0]) ? 1 : 0; // "Mrs. Margaret Pritchard" is Margaret Pritchard
        for (String word : Arrays.copyOfRange(said, first, said.length)) {
            if (WORDS.isA("after a name", word) || counted == MAX_WORDS) {
                break;
            }
            if (word.endsWith("'s")) {
                return Optional.empty(); // "this is dr smith's office": someone's, not the caller's, name
            }
            if (checkCommon && WORDS.isA("everyday", word) || word.length() < 2 && !words.isEmpty()) {
                break;
            }
            words.add(word);
            counted += WORDS.isA("name particle", word) ? 0 : 1;
        }
        if (words.isEmpty() || WORDS.isA("everyday", words.get(0)) || words.get(0).length() < 2
                || WORDS.isA("title", words.get(0))) {
            return Optional.empty();
        }
        List<String> written = new ArrayList<>();
        for (String word : words) {
            written.add(!written.isEmpty() && WORDS.isA("name particle", word) ? word : capitalise(word));
        }
        return Optional.of(String.join(" ", written));
    }

    /** "jean-luc" is Jean-Luc and "o'brien" O'Brien: every part after a hyphen or one-letter prefix is capital. */
    private static String capitalise(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean upper = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '-' || c == '\'' && i == 1;
        }
        String s = out.toString();
        if (s.length() > 3 && s.startsWith("Mc")) {
            s = "Mc" + Character.toUpperCase(s.charAt(2)) + s.substring(3);
        }
        return s;
    }
}
