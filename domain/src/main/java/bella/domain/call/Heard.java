package bella.domain.call;

import java.util.Objects;

/**
 * One answer exactly as the phone network reported it.
 *
 * @param confidence the speech recogniser's confidence from 0 to 1 (1 for keypad or when none was reported, 0 for
 *                   silence)
 */
public record Heard(String text, double confidence, Channel channel) {

    public Heard {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(channel, "channel");
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence lies between 0 and 1: " + confidence);
        }
    }

    public static Heard silence() {
        return new Heard("", 0, Channel.SILENCE);
    }
}
