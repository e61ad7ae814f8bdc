package bella.domain.call;

import java.util.Locale;

/** How a caller corrects part of their name: the word they say takes the place of the word it is closest to. */
public final class Names {

    private Names() {
    }

    /** "Maria Lopez" corrected by "Marya" is "Marya Lopez"; by "Lopes", "Maria Lopes". */
    public static String corrected(String name, String word) {
        String[] words = name.split(" ");
        int closest = 0;
        for (int i = 1; i < words.length; i++) {
            if (distance(words[i], word) < distance(words[closest], word)) {
                closest = i;
            }
        }
        words[closest] = word;
        return String.join(" ", words);
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
