package bella.application.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns number words into digits token by token, because speech recognisers spell out what callers say
 * ("three thirty", "six four seven oh nine") while every later reader works on digits.
 */
final class SpokenNumbers {

    private static final Map<String, Integer> UNITS = Map.of("zero", 0, "one", 1, "two", 2, "three", 3, "four", 4,
            "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9);
    private static final Map<String, Integer> TEENS = Map.of("ten", 10, "eleven", 11, "twelve", 12, "thirteen", 13,
            "fourteen", 14, "fifteen", 15, "sixteen", 16, "seventeen", 17, "eighteen", 18, "nineteen", 19);
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
            Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
            Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10),
            Map.entry("eleventh", 11), Map.entry("twelfth", 12), Map.entry("thirteenth", 13),
            Map.entry("fourteenth", 14), Map.entry("fifteenth", 15), Map.entry("sixteenth", 16),
            Map.entry("seventeenth", 17), Map.entry("eighteenth", 18), Map.entry("nineteenth", 19),
            Map.entry("twentieth", 20), Map.entry("thirtieth", 30));
    /** Words after which a lone "one" is a number, not a pronoun as in "that one" or "no one". */
    private static final Set<String> NUMBER_CUES = Set.of("at", "around", "about", "by", "before", "after", "until",
            "till", "til", "number", "option", "choice", "press", "pressed", "is", "say", "from", "to", "and", "or");
    private static final Set<String> AFTER_TIME = Set.of("am", "pm", "o'clock");

    private SpokenNumbers() {
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
    static String toDigits(String text) {
        List<Token> tokens = compose(text.isEmpty() ? List.of() : List.of(text.split(" ")));
        tokens = mergeClockTimes(tokens);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String word = t.text();
            if (word.equals("oh") && (isDigitAt(tokens, i - 1) || isDigitAt(tokens, i + 1))) {
                word = "0";
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word);
        }
        return out.toString();
    }

    private static List<Token> compose(List<String> words) {
        List<Token> tokens = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            if (TENS.containsKey(w) && UNITS.containsKey(next) && !next.equals("zero")) {
                tokens.add(Token.number(TENS.get(w) + UNITS.get(next), true));
                i++;
            } else if (TENS.containsKey(w) && ORDINALS.containsKey(next) && ORDINALS.get(next) < 10) {
                tokens.add(Token.nth(TENS.get(w) + ORDINALS.get(next)));
                i++;
            } else if ((w.equals("double") || w.equals("triple"))
                    && (UNITS.containsKey(next) || isZero(next) || next.matches("\\d"))) {
                int times = w.equals("double") ? 2 : 3;
                int digit = isZero(next) ? 0 : next.matches("\\d") ? Integer.parseInt(next) : UNITS.get(next);
                for (int k = 0; k < times; k++) {
                    tokens.add(Token.number(digit, true));
                }
                i++;
            } else if (w.equals("one") && !oneIsNumber(words, i)) {
                tokens.add(Token.word(w));
            } else if (UNITS.containsKey(w)) {
                tokens.add(Token.number(UNITS.get(w), true));
            } else if (TEENS.containsKey(w)) {
                tokens.add(Token.number(TEENS.get(w), true));
            } else if (TENS.containsKey(w)) {
                tokens.add(Token.number(TENS.get(w), true));
            } else if (ORDINALS.containsKey(w) && !isWordSense(w, i > 0 ? words.get(i - 1) : "", next)) {
                tokens.add(Token.nth(ORDINALS.get(w)));
            } else if (isDigits(w)) {
                tokens.add(Token.digits(w));
            } else {
                tokens.add(Token.word(w));
            }
        }
        return tokens;
    }

    /** "first thing" is a part of the day and "just a second" a moment, not places in a list or days. */
    private static boolean isWordSense(String ordinal, String previous, String next) {
        // "check with my wife first": after other words, a closing "first" is when, not which.
        boolean adverb = (next.isEmpty() || next.equals(",")) && !previous.isEmpty()
                && !previous.matches("the|on|of|this|next|,");
        return ordinal.equals("first") && (next.equals("thing") || next.startsWith("name") || adverb)
                || ordinal.equals("second") && (previous.equals("a") || previous.equals("one") || previous.equals("per"));
    }

    private static boolean oneIsNumber(List<String> words, int i) {
        if (words.size() == 1) {
            return true;
        }
        String previous = i > 0 ? words.get(i - 1) : "";
        String next = i + 1 < words.size() ? words.get(i + 1) : "";
        return NUMBER_CUES.contains(previous) || AFTER_TIME.contains(next) || isNumberWord(previous)
                || isNumberWord(next) || next.equals("oh");
    }

    private static boolean isZero(String w) {
        return w.equals("oh") || w.equals("o") || w.equals("zero");
    }

    private static boolean isNumberWord(String w) {
        return UNITS.containsKey(w) || TEENS.containsKey(w) || TENS.containsKey(w) || w.equals("double")
                || w.equals("triple") || isDigits(w);
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

    private static boolean isDigits(String w) {
        if (w.isEmpty() || w.length() > 9) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) < '0' || w.charAt(i) > '9') {
                return false;
            }
        }
        return true;
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
