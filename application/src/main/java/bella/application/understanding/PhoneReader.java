package bella.application.understanding;

import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a phone number among the digits of an utterance. Only a run of seven or more digits is tried, and only
 * a number libphonenumber holds valid is kept, so "at 3:30 on march 12" never becomes a phone.
 */
final class PhoneReader {

    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 15;
    /**
     * Digits joined by the separators people and recognisers put in numbers ("519, then 742 6610", "area code 705
     * and the number is 555 0193") or by a slip taken back ("416 372, sorry, 273"); no ':' so clock times end a run.
     */
    private static final Pattern RUN = Pattern.compile("(?:\\+ ?)?\\d(?:(?:[ ,().\\-]|\\b"
            + Lexicon.ENGLISH.group("inside a number") + "\\b)*\\d)+");
    /** Where a dictated number may be taken up again: a pause, or a slip taken back. */
    private static final Pattern RESTART = Pattern.compile(",|\\b" + Lexicon.ENGLISH.group("correction") + "\\b");
    private static final int[] NUMBER_LENGTHS = {10, 11};

    private final PhoneNumbers numbers;

    PhoneReader(PhoneNumbers numbers) {
        this.numbers = numbers;
    }

    /** @param from where the number's words begin in the text, and {@code to} where they end */
    record Found(String e164, int from, int to) {
    }

    Optional<Found> read(String text) {
        Optional<Found> first = Optional.empty();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            String digits = areaCodeFirst(m.group()).replaceAll("[^0-9+]", "");
            int count = digits.replace("+", "").length();
            if (count < MIN_DIGITS) {
                continue;
            }
            boolean slip = Lexicon.ENGLISH.find("correction", null, m.group()) >= 0;
            // A run may start with a stray number said before the phone ("at 2 647 ...").
            Optional<String> valid = (slip ? restarted(m.group(), true).or(() -> valid(digits)) : valid(digits))
                    .or(() -> count <= 10 ? Optional.empty() : valid(digits.substring(digits.length() - 11))
                            .or(() -> valid(digits.substring(digits.length() - 10))))
                    .or(() -> restarted(m.group(), false));
            if (valid.isPresent()) {
                Found found = new Found(valid.get(), m.start(), m.end());
                // "My work number 416 ..., actually no, my cell, 647 ...": a number said after a correction wins.
                if (first.isEmpty()) {
                    first = Optional.of(found);
                } else if (Lexicon.ENGLISH.find("correction", null, text.substring(first.get().to(), m.start())) >= 0) {
                    return Optional.of(found);
                }
            }
        }
        return first;
    }

    /**
     * "416 372, sorry, 273 9941", "416 830 2, 2647": the digits after a slip, or said again after a pause, take the
     * place of as many said before it; said again, they begin as those they replace.
     */
    private Optional<String> restarted(String run, boolean slip) {
        List<MatchResult> restarts = RESTART.matcher(run).results().toList();
        for (int k = restarts.size() - 1; k >= 0; k--) {
            int at = restarts.get(k).start();
            String before = run.substring(0, at).replaceAll("[^0-9]", "");
            String after = run.substring(at).replaceAll("[^0-9]", "");
            for (int length : NUMBER_LENGTHS) {
                int kept = length - after.length();
                boolean takesPlace = kept > 0 && kept <= before.length()
                        && (slip || kept < before.length() && before.charAt(kept) == after.charAt(0));
                Optional<String> valid = takesPlace ? valid(before.substring(0, kept) + after) : Optional.empty();
                if (valid.isPresent()) {
                    return valid;
                }
            }
        }
        return Optional.empty();
    }

    /** "555 0199, area code 905": an area code said after the number, with fewer digits, is dialled first. */
    private static String areaCodeFirst(String run) {
        List<String> words = List.of(run.split(" +"));
        int after = Cues.ENGLISH.lastEnd("area code", run);
        String code = after < 0 ? "" : String.join(" ", words.subList(after, words.size()));
        String number = after < 0 ? "" : String.join(" ", words.subList(0, after));
        return code.replaceAll("\\D", "").length() < number.replaceAll("\\D", "").length() ? code + " " + number : run;
    }

    private Optional<String> valid(String digits) {
        return digits.replace("+", "").length() > MAX_DIGITS ? Optional.empty() : numbers.e164(digits);
    }
}
