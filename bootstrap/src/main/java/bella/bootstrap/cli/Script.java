package bella.bootstrap.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A scripted call, one line a step:
 * <pre>
 * # a comment; blank lines are ignored
 * &lt; thank you for calling        Bella's words so far must contain this (any case), else the call fails here
 * &gt; I'd like to book             the caller says this
 * &gt; #1                           the caller presses 1 (keys as typed in the terminal: #, then 0-9 * #)
 * &gt;                              the caller says nothing
 * </pre>
 * A {@code <} line checks what Bella said since the caller last answered (at first, her greeting). When the script
 * runs out the caller hangs up; when Bella hangs up with caller lines left, the call fails.
 */
final class Script {

    private static final String SAYS = ">";
    private static final String EXPECTS = "<";

    private final Path file;
    private final List<Step> steps;

    /** One line of the script: the caller's answer, or what Bella must have said. */
    private record Step(int line, CallerAnswer answer, String expected) {
    }

    private Script(Path file, List<Step> steps) {
        this.file = file;
        this.steps = List.copyOf(steps);
    }

    /** @throws CommandFailed for a file that cannot be read or a line that is not a step */
    static Script read(Path file, String usage) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CommandFailed.badArguments("cannot read the script " + file + " (" + e.getMessage() + ")", usage);
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith(SAYS)) {
                steps.add(new Step(i + 1, CallerAnswer.typed(line.substring(SAYS.length())), null));
            } else if (line.startsWith(EXPECTS) && !line.substring(EXPECTS.length()).isBlank()) {
                steps.add(new Step(i + 1, null, normalised(line.substring(EXPECTS.length()))));
            } else {
                throw CommandFailed.badArguments(file + " line " + (i + 1) + " is not a step: '> words', '> #keys',"
                        + " '>' for silence, '< what Bella says', or '# a comment'", usage);
            }
        }
        return new Script(file, steps);
    }

    /** A caller that plays the script once, from the top. */
    Caller caller() {
        return new Caller() {
            private int next;

            @Override
            public Optional<CallerAnswer> answer(BellaSays said) {
                check(said);
                return next < steps.size() ? Optional.of(steps.get(next++).answer()) : Optional.empty();
            }

            @Override
            public void ended(BellaSays last) {
                if (last.waiting()) {
                    return;
                }
                check(last);
                if (next < steps.size()) {
                    throw new CommandFailed(file + " line " + steps.get(next).line() + ": " + last.ending()
                            + " before the caller's turn", CommandFailed.FAILED);
                }
            }

            /** Every expectation up to the caller's next answer, against what Bella has just said. */
            private void check(BellaSays said) {
                String words = normalised(said.words());
                while (next < steps.size() && steps.get(next).answer() == null) {
                    Step step = steps.get(next++);
                    if (!words.contains(step.expected())) {
                        throw new CommandFailed(file + " line " + step.line() + ": Bella said \"" + said.words()
                                + "\", not \"" + step.expected() + "\"", CommandFailed.FAILED);
                    }
                }
            }
        };
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
