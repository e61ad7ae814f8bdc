package bella.application.conversation;

import java.util.Locale;

/**
 * A configured service's name as it goes into a sentence: "a cleaning", "an exam", "an MOT", "a unit check", but
 * "winter tyres", "highlights" and "teeth whitening" with no article. A general rule on the name's form, so an
 * owner's own names read right without a list of them:
 * <ul>
 *     <li>no article when the last word is a plural ("tyres", "nails"; not "-ss", "-us", "-is": "a class", "a
 *     status check") or names an activity or a discipline rather than a thing, which English does not count: "-apy"
 *     ("physiotherapy"), "-care", "-work" ("bloodwork"), and "-ing" after what it is done to ("dog grooming",
 *     "teeth whitening"); an "-ing" word alone names one visit, as callers say it ("a cleaning", "a fitting");</li>
 *     <li>"an" before a vowel sound: a vowel letter, a silent h ("an hour-long massage"), or an initialism whose
 *     first letter's name begins with one ("an MOT", "an x-ray"); "a" where a vowel letter sounds as a consonant
 *     ("a unit check", "a one-hour massage", "a European facial").</li>
 * </ul>
 */
final class ServiceNames {

    private static final String UNCOUNTED_ENDINGS = "(?:apy|care|work)";
    private static final String LETTERS_NAMED_WITH_A_VOWEL = "AEFHILMNORSX";

    private ServiceNames() {
    }

    /** The name as spoken: lowercase, except initialisms such as MOT, which are said letter by letter. */
    static String spoken(String name) {
        StringBuilder spoken = new StringBuilder();
        for (String word : name.strip().split(" +")) {
            boolean initialism = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))
                    && word.chars().anyMatch(Character::isLetter);
            spoken.append(spoken.length() == 0 ? "" : " ").append(initialism ? word : word.toLowerCase(Locale.ROOT));
        }
        return spoken.toString();
    }

    /** The spoken name with the article it takes, or none. */
    static String withArticle(String name) {
        String spoken = spoken(name);
        if (uncounted(spoken)) {
            return spoken;
        }
        return (vowelSound(spoken) ? "an " : "a ") + spoken;
    }

    private static boolean uncounted(String spoken) {
        String[] words = spoken.split("[ -]");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        boolean plural = last.length() > 3 && last.endsWith("s") && !last.matches(".*(?:ss|us|is)");
        boolean activity = words.length > 1 && last.endsWith("ing");
        return plural || activity || last.matches(".*" + UNCOUNTED_ENDINGS);
    }

    private static boolean vowelSound(String spoken) {
        String first = spoken.split("[ -]")[0];
        if (first.length() == 1 || first.equals(first.toUpperCase(Locale.ROOT))) {
            // said letter by letter: "x-ray", "MOT"
            return LETTERS_NAMED_WITH_A_VOWEL.indexOf(Character.toUpperCase(first.charAt(0))) >= 0;
        }
        String word = first.toLowerCase(Locale.ROOT);
        if (word.matches("(?:hour|honest|honou?r|heir).*")) {
            return true;
        }
        if (word.matches("(?:one|once|eu|u[^aeiou][aeiou]).*")) {
            return false; // a "w" or "you" sound
        }
        return "aeiou".indexOf(word.charAt(0)) >= 0;
    }
}
