package bella.application.understanding;

import bella.application.understanding.Lexicon.NumberClass;
import bella.application.understanding.Lexicon.NumberWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads scanned text (lower-case words and marks, one space apart) word by word against the {@link Lexicon}:
 * hesitations dropped, other spellings read as the readers know them, a mis-heard word read as the one meant where
 * the words around it call for that reading, and number words as digits ("three thirty" is "3:30", "six four seven
 * oh nine" is "6 4 7 0 9"), because speech recognisers spell out what callers say while every later reader works
 * on digits.
 */
final class Lexer {

    private static final Lexicon WORDS = Lexicon.ENGLISH;
    /** Minutes words a mis-heard hour is read before: "tree thirty", "for fifteen", "too forty five". */
    private static final Set<Integer> QUARTERS = Set.of(15, 30, 40);

    private Lexer() {
    }

    /** A token that may carry a number: the digits and whether the caller spoke them as a word. */
    private record Token(String text, Integer value, boolean spoken, boolean ordinal) {
        static Token word(String text) {
            return new Token(text, null, false, false);
        }

        static Token number(int value, boolean spoken) {
            return new Token(Integer.toString(value), value, spoken, false);
        }

        /** Digits as written, so that the leading zero of "0744" survives. */
        static Token digits(String written) {
            return new Token(written, Integer.parseInt(written), false, false);
        }

        static Token nth(int value) {
            return new Token(value + suffix(value), value, true, true);
        }

        boolean cardinal() {
            return value != null && !ordinal;
        }

        boolean singleDigit() {
            return cardinal() && text.length() == 1;
        }
    }

    /** @param text lower-case words separated by single spaces */
    static List<String> words(String text) {
        List<String> words = heard(phrases(numberWords(text.isEmpty() ? List.of() : List.of(text.split(" ")))));
        List<Token> tokens = mergeClockTimes(compose(words));
        List<String> out = new ArrayList<>(tokens.stream().map(Token::text).toList());
        for (int i = 0; i < tokens.size(); i++) {
            boolean zero = isDigitAt(tokens, i - 1) || isDigitAt(tokens, i + 1) || betweenNumbers(out, i);
            out.set(i, out.get(i).equals("oh") && zero ? "0" : out.get(i));
        }
        return out;
    }

    /**
     * "Twenty-five", "twelve-oh-three": number words joined by hyphens are words apart; and "thirty's fine" is
     * "thirty is fine", a number followed by its verb (but "one's" may be a pronoun's), as is any word before a
     * word of acceptance ("noon's perfect").
     */
    private static List<String> numberWords(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            List<String> parts = List.of(w.split("-", -1));
            boolean numbers = parts.size() > 1 && parts.stream().allMatch(p -> isNumberOrZero(p)
                    || p == parts.get(parts.size() - 1) && p.endsWith("th"));
            String stem = w.endsWith("'s") ? w.substring(0, w.length() - 2) : "";
            boolean accepted = !stem.isEmpty() && i + 1 < words.size() && WORDS.isA("acceptance", words.get(i + 1));
            if (numbers) {
                out.addAll(parts);
            } else if (isNumberOrZero(stem) && !stem.equals("one") || isDigits(stem) || accepted) {
                out.add(stem);
                out.add("is");
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Phrases the lexicon reads as other words, the longest first; a hesitation is read with each run of one letter
     * written once ("ummm"). Where a dropped hesitation stood between two pauses, one pause is left.
     */
    private static List<String> phrases(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); ) {
            int taken = 0;
            for (int n = Math.min(WORDS.longestPhrase(), words.size() - i); n >= 1 && taken == 0; n--) {
                List<String> said = words.subList(i, i + n);
                List<String> meant = WORDS.readAs(said);
                if (meant == null) {
                    meant = WORDS.readAs(said.stream().map(Lexer::singleLetters).toList());
                }
                if (meant != null) {
                    out.addAll(meant);
                    taken = n;
                }
            }
            if (taken == 0) {
                out.add(words.get(i));
                taken = 1;
            }
            i += taken;
        }
        return Grammar.onePause(out);
    }

    private static String singleLetters(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (i == 0 || word.charAt(i) != word.charAt(i - 1)) {
                out.append(word.charAt(i));
            }
        }
        return out.toString();
    }

    /** A mis-heard word read as the one meant, where the words around it make the structure that reading needs. */
    private static List<String> heard(List<String> words) {
        List<String> out = new ArrayList<>(words);
        for (int i = 0; i < words.size(); i++) {
            for (Lexicon.HeardAs heard : WORDS.heardAs(words.get(i))) {
                if (fits(heard.where(), words, i)) {
                    out.set(i, heard.meant());
                }
            }
        }
        return out;
    }

    private static boolean fits(Lexicon.Structure structure, List<String> words, int i) {
        String previous = i > 0 ? words.get(i - 1) : "";
        String next = i + 1 < words.size() ? words.get(i + 1) : "";
        return switch (structure) {
            // "tree thirty", "too o'clock", "tree pm", and "at too" closing a clause.
            case HOUR -> WORDS.isA("after a time", next) || quarterHourAt(words, i + 1)
                    || previous.equals("at") && (next.isEmpty() || next.equals(","));
            case ORDINAL -> next.equals("one");
            case ANSWER -> i == 0 && (next.equals(",") || WORDS.isA("thanks", next));
            case CLOCK -> isDigits(next) || hourWord(next);
            case DAY -> WORDS.weekday(next) != null;
            // "for 1 6 5 ...", "... 0 1 4 to": in a run of dictated digits, two of them on one side at least.
            case DIGITS -> Math.max(digits(words, i, -1), digits(words, i, 1)) >= 2
                    && digits(words, i, -1) + digits(words, i, 1) >= 3;
        };
    }

    /** How many digits, said, written or mis-heard, run from i on either way, over the pauses of groups dictated. */
    private static int digits(List<String> words, int i, int step) {
        int n = 0;
        for (int k = i + step; k >= 0 && k < words.size() && (words.get(k).equals(",") || digit(words.get(k))); k += step) {
            n += words.get(k).equals(",") ? 0 : 1;
        }
        return n;
    }

    private static boolean digit(String w) {
        NumberWord n = WORDS.number(w);
        return w.length() == 1 && Character.isDigit(w.charAt(0)) || n != null && n.value() <= 9
                && (n.kind() == NumberClass.UNIT || n.kind() == NumberClass.ZERO)
                || WORDS.heardAs(w).stream().anyMatch(heard -> heard.where() == Lexicon.Structure.DIGITS);
    }

    /** Whether the word at i starts the minutes callers book at (fifteen, thirty, forty) and counts nothing else. */
    private static boolean quarterHourAt(List<String> words, int i) {
        NumberWord minutes = i < words.size() ? WORDS.number(words.get(i)) : null;
        boolean counts = i + 1 < words.size() && WORDS.isA("counted", words.get(i + 1));
        return minutes != null && minutes.kind() != NumberClass.ORDINAL && QUARTERS.contains(minutes.value()) && !counts;
    }

    private static boolean hourWord(String w) {
        NumberWord n = WORDS.number(w);
        return n != null && (n.kind() == NumberClass.UNIT || n.kind() == NumberClass.TEEN) && n.value() >= 1
                && n.value() <= 12;
    }

    private static List<Token> compose(List<String> words) {
        List<Token> tokens = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            NumberWord number = WORDS.number(w);
            NumberWord following = WORDS.number(next);
            NumberClass kind = number == null ? null : number.kind();
            if (kind == NumberClass.TENS && following != null && following.kind() == NumberClass.UNIT
                    && following.value() > 0) {
                tokens.add(Token.number(number.value() + following.value(), true));
                i++;
            } else if (kind == NumberClass.TENS && following != null && following.kind() == NumberClass.ORDINAL
                    && following.value() < 10) {
                tokens.add(Token.nth(number.value() + following.value()));
                i++;
            } else if (kind == NumberClass.REPEAT && (following != null && (following.kind() == NumberClass.UNIT
                    || following.kind() == NumberClass.ZERO) || isDigits(next) && next.length() == 1)) {
                int digit = following != null ? following.value() : Integer.parseInt(next);
                for (int k = 0; k < number.value(); k++) {
                    tokens.add(Token.number(digit, true));
                }
                i++;
            } else if (number != null && number.value() == 0 && i > 0 && hourWord(words.get(i - 1))
                    && unitWord(next) || w.equals("oh")) {
                // "Two o five", "two zero five": between an hour and a digit, a zero is the "oh" of a clock time.
                tokens.add(Token.word("oh"));
            } else if (w.equals("one") && !oneIsNumber(words, i)) {
                tokens.add(Token.word(w));
            } else if (kind == NumberClass.UNIT || kind == NumberClass.TEEN || kind == NumberClass.TENS) {
                tokens.add(Token.number(number.value(), true));
            } else if (kind == NumberClass.ORDINAL && !isWordSense(w, i > 0 ? words.get(i - 1) : "", next)) {
                tokens.add(Token.nth(number.value()));
            } else if (isDigits(w)) {
                tokens.add(Token.digits(w));
            } else {
                tokens.add(Token.word(w));
            }
        }
        return tokens;
    }

    private static boolean unitWord(String w) {
        NumberWord n = WORDS.number(w);
        return n != null && n.kind() == NumberClass.UNIT && n.value() > 0;
    }

    /** "first thing" is a part of the day and "just a second" a moment, not places in a list or days. */
    private static boolean isWordSense(String ordinal, String previous, String next) {
        // "check with my wife first": after other words, a closing "first" is when, not which.
        boolean adverb = (next.isEmpty() || next.equals(",")) && !previous.isEmpty()
                && !Set.of("the", "on", "of", "this", "next", ",").contains(previous);
        return ordinal.equals("first") && (next.equals("thing") || next.startsWith("name") || adverb)
                || ordinal.equals("second") && (previous.equals("a") || previous.equals("one") || previous.equals("per"));
    }

    private static boolean oneIsNumber(List<String> words, int i) {
        if (words.size() == 1) {
            return true;
        }
        String previous = i > 0 ? words.get(i - 1) : "";
        String next = i + 1 < words.size() ? words.get(i + 1) : "";
        return WORDS.isA("number cue", previous) || WORDS.isA("after a time", next) || isNumberWord(previous)
                || isNumberWord(next) || next.equals("oh") || previous.equals("oh") || betweenNumbers(words, i);
    }

    /** "Four, one, six", "five, oh, one": a word said alone between pauses, with a number said on each side. */
    private static boolean betweenNumbers(List<String> words, int i) {
        return i >= 2 && i + 2 < words.size() && words.get(i - 1).equals(",") && words.get(i + 1).equals(",")
                && Stream.of(words.get(i - 2), words.get(i + 2)).allMatch(w -> isNumberOrZero(w) || isDigits(w));
    }

    private static boolean isNumberOrZero(String w) {
        NumberWord n = WORDS.number(w);
        return n != null && n.kind() != NumberClass.ORDINAL && n.kind() != NumberClass.REPEAT;
    }

    private static boolean isNumberWord(String w) {
        NumberWord n = WORDS.number(w);
        return n != null && n.kind() != NumberClass.ORDINAL && n.kind() != NumberClass.ZERO || isDigits(w);
    }

    /**
     * "three thirty" and "two oh five" are clock times, but only when not inside a longer run of digits,
     * where they are more likely part of a phone number ("six forty seven ...").
     */
    private static List<Token> mergeClockTimes(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean hour = t.spoken() && t.cardinal() && t.value() >= 1 && t.value() <= 12;
            boolean isolated = !isNumberAt(tokens, beyondPause(tokens, i - 1, -1));
            if (hour && isolated && i + 1 < tokens.size()) {
                Token m = tokens.get(i + 1);
                if (m.spoken() && m.cardinal() && m.value() >= 10 && m.value() <= 59
                        && !isNumberAt(tokens, beyondPause(tokens, i + 2, 1))) {
                    out.add(Token.word(t.value() + ":" + m.value()));
                    i++;
                    continue;
                }
                if (m.text().equals("oh") && i + 2 < tokens.size() && tokens.get(i + 2).singleDigit()
                        && !isNumberAt(tokens, beyondPause(tokens, i + 3, 1))) {
                    out.add(Token.word(t.value() + ":0" + tokens.get(i + 2).value()));
                    i += 2;
                    continue;
                }
                if (m.text().equals("hundred") && !isNumberAt(tokens, i + 2)) {
                    out.add(Token.word(t.value() + ":00"));
                    i++;
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    /** The first token from i on, stepping either way, that is not a pause: a number dictated in groups pauses. */
    private static int beyondPause(List<Token> tokens, int i, int step) {
        while (i >= 0 && i < tokens.size() && tokens.get(i).text().equals(",")) {
            i += step;
        }
        return i;
    }

    private static boolean isNumberAt(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() && (tokens.get(i).cardinal() || tokens.get(i).text().equals("oh"));
    }

    private static boolean isDigitAt(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).cardinal();
    }

    /** Figures that fit a number: a run of more is a code or a phone number, and stays a word. */
    private static boolean isDigits(String w) {
        return Grammar.digits(w, 1, 9);
    }

    static String suffix(int day) {
        if (day % 100 >= 11 && day % 100 <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
