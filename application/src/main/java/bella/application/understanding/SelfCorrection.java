package bella.application.understanding;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a caller corrects themselves, or settles on one time among several: "Tuesday, no wait, Thursday at 11",
 * "Tuesday's packed, so Wednesday after 2", "could I come in Tuesday at 11 instead", or moves what was arranged
 * ("I was due in today, can I move it to Monday at 2"). The words said last, or those a move goes to, are what
 * they mean; the rest may still supply what those leave out ("Monday at 2, sorry, 3").
 *
 * @param said the words said last
 * @param rest everything else the caller said
 */
record SelfCorrection(String said, String rest) {

    /** "No" in "no later than" corrects nothing; a clause refused ("not the 5th, the 7th") gives way to the next. */
    private static final Pattern CUE = Pattern.compile("\\b(?:no(?! (?:later|earlier|sooner|more|problem"
            + "|worries|rush|preference|pressure))|nope|sorry|actually|i meant?|wait|rather|scratch that|so)\\b"
            + "|\\b(?:not|can't|cannot|won't|don't) (?!(?:before|after|until|till|later|earlier|sooner)\\b)[^,]+(?= ,)");
    /** "Instead" ends the clause that holds the correction. */
    private static final Pattern INSTEAD = Pattern.compile("\\binstead\\b");
    /** How many words after a verb of moving its "to" may come ("move my Tuesday cleaning to"). */
    private static final int MOVE_TO_WITHIN = 5;
    private static final Pattern CLAUSE_START = Pattern.compile("(?:^|,|\\bso\\b|\\bbut\\b|\\bbecause\\b)");

    static Optional<SelfCorrection> in(String text) {
        int from = -1;
        int to = -1;
        Matcher instead = INSTEAD.matcher(text);
        while (instead.find()) {
            Matcher clause = CLAUSE_START.matcher(text).region(0, instead.start());
            while (clause.find()) {
                from = clause.end();
            }
            to = instead.end();
        }
        int moved = movedTo(text);
        if (moved > from) {
            from = moved;
            to = text.length();
        }
        Matcher cue = CUE.matcher(text);
        while (cue.find()) {
            // "Thursday at 2, no, 3, sorry": a cue with nothing after it corrects nothing.
            if (cue.start() > from && !text.substring(cue.end()).replace(",", "").isBlank()) {
                from = cue.end();
                to = text.length();
            }
        }
        if (from < 0) {
            return Optional.empty();
        }
        return Optional.of(new SelfCorrection(text.substring(from, to).strip(),
                text.substring(0, from) + " , " + text.substring(to)));
    }

    /** Where the words after "to" begin, a few words after a verb of moving ("switch it to"); -1 if none. */
    private static int movedTo(String text) {
        int verb = Lexicon.ENGLISH.find("move", "not moved", text);
        if (verb < 0) {
            return -1;
        }
        int at = text.indexOf(' ', verb);
        for (int words = 0; at >= 0 && words < MOVE_TO_WITHIN; words++) {
            int next = text.indexOf(' ', at + 1);
            String word = text.substring(at + 1, next < 0 ? text.length() : next);
            if (word.equals("to")) {
                return next < 0 ? text.length() : next;
            }
            // "Change my nail appointment from 2 to 3:30": what is moved from is counted from its "from".
            words = word.equals("from") ? -1 : words;
            at = next;
        }
        return -1;
    }
}
