package bella.bootstrap.cli;

import java.net.URI;
import java.util.List;

/**
 * What a simulated call hears from Bella until it is the caller's turn or the call is over: her words and, in
 * brackets, what the simulation cannot do (connecting to a person, recording).
 *
 * @param lines    in the order Twilio would play them
 * @param question where the caller's answer goes (the gather's action), or null when the call is over
 * @param ending   how the call ended, or null while Bella waits for an answer
 */
record BellaSays(List<String> lines, URI question, String ending) {

    BellaSays {
        lines = List.copyOf(lines);
    }

    static BellaSays asking(List<String> lines, URI question) {
        return new BellaSays(lines, question, null);
    }

    static BellaSays ended(List<String> lines, String ending) {
        return new BellaSays(lines, null, ending);
    }

    boolean waiting() {
        return ending == null;
    }

    /** Her words as one text, without the bracketed notes. */
    String words() {
        return String.join(" ", lines.stream().filter(line -> !line.startsWith("(")).toList());
    }
}
