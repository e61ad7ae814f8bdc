package bella.application.understanding;

import java.util.Optional;
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
     * Digits joined by the separators people and recognisers put in numbers ("519, then 742 6610"); no ':' so
     * clock times end a run.
     */
    private static final Pattern RUN = Pattern.compile("(?:\\+ ?)?\\d(?:(?:[ ,().\\-]|\\bthen\\b|\\band\\b|\\bdash\\b)*\\d)+");

    /** "416 372, sorry, 273 9941": the digits after the slip take the place of as many said before it. */
    private static final Pattern CORRECTED = Pattern.compile("((?:\\+ ?)?\\d[\\d ,().\\-]*?) ?,? (?:sorry|no wait|wait"
            + "|i mean|no|oops|actually) ,? ?(\\d[\\d ,().\\-]*\\d)");
    private static final int[] NUMBER_LENGTHS = {10, 11};

    private final PhoneNumbers numbers;

    PhoneReader(PhoneNumbers numbers) {
        this.numbers = numbers;
    }

    /** @param from where the number's words begin in the text, and {@code to} where they end */
    record Found(String e164, int from, int to) {
    }

    Optional<Found> read(String text) {
        Matcher slip = CORRECTED.matcher(text);
        while (slip.find()) {
            String before = slip.group(1).replaceAll("[^0-9]", "");
            String after = slip.group(2).replaceAll("[^0-9]", "");
            for (int length : NUMBER_LENGTHS) {
                int kept = length - after.length();
                Optional<String> valid = kept > 0 && kept <= before.length()
                        ? valid(before.substring(0, kept) + after) : Optional.empty();
                if (valid.isPresent()) {
                    return Optional.of(new Found(valid.get(), slip.start(), slip.end()));
                }
            }
        }
        Optional<Found> first = Optional.empty();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("[^0-9+]", "");
            int count = digits.replace("+", "").length();
            if (count < MIN_DIGITS) {
                continue;
            }
            Optional<String> valid = valid(digits);
            if (valid.isEmpty() && count > 10) {
                // A run may start with a stray number said before the phone ("at 2 647 ...").
                valid = valid(digits.substring(digits.length() - 11)).or(() -> valid(digits.substring(digits.length() - 10)));
            }
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

    private Optional<String> valid(String digits) {
        return digits.replace("+", "").length() > MAX_DIGITS ? Optional.empty() : numbers.e164(digits);
    }
}
