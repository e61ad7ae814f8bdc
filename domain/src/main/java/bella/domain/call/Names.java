package bella.domain.call;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a caller corrects or completes their name: the word they say or spell takes the place of the word it is
 * closest to; said after a name of one word that it is unlike, it completes the name.
 */
public final class Names {

    private Names() {
    }

    /**
     * "Maria Lopez" corrected by "Marya" is "Marya Lopez"; by "Lopes", "Maria Lopes". A name of one word is completed
     * by a word unlike it: "John" and "Smith" is "John Smith".
     */
    public static String corrected(String name, String word) {
        String[] words = name.split(" ");
        int closest = 0;
        for (int i = 1; i < words.length; i++) {
            if (distance(words[i], word) < distance(words[closest], word)) {
                closest = i;
            }
        }
        if (words.length == 1 && !sameWord(name, word)) {
            return name + " " + word;
        }
        words[closest] = word;
        return String.join(" ", words);
    }

    /** Whether the words said are one word of the name written apart: "Bear Head" of "Joyce Bearhead". */
    public static boolean isOneWordOf(String name, String said) {
        return Arrays.stream(name.split(" ")).anyMatch(word -> word.equalsIgnoreCase(said.replace(" ", "")));
    }

    /**
     * At most half its sounds changed, letters that sound alike counted as one: the same name spelled otherwise
     * ("Katelyn" for "Caitlin", "Anne" for "Ann"), not another name ("Smith" after "John").
     */
    private static boolean sameWord(String a, String b) {
        String one = soundAlike(a);
        String other = soundAlike(b);
        return 2 * distance(one, other) <= Math.max(one.length(), other.length());
    }

    private static String soundAlike(String word) {
        return word.toLowerCase(Locale.ROOT).replace("ph", "f").replace('c', 'k').replace('y', 'i').replace('z', 's')
                .replace('w', 'v');
    }

    /** Edits (insert, delete, replace one letter) from one word to the other, ignoring case. */
    private static int distance(String from, String to) {
        String a = from.toLowerCase(Locale.ROOT);
        String b = to.toLowerCase(Locale.ROOT);
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                int replace = diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), replace);
                diagonal = above;
            }
        }
        return row[b.length()];
    }
}
