package bella.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Re-runs a recorded call in the running Bella through today's code and prints the two side by side, step by step:
 * what the caller answered, what the call heard then, and what Bella says now; the first step where they part is
 * marked.
 */
final class RerunCommand implements Command {

    /** Each of the two columns of words: with the step and the caller's words, a line fits 120 characters. */
    static final int SAID_WIDTH = 42;
    static final int HEARD_WIDTH = 24;
    private static final String MARK = ">";

    @Override
    public String name() {
        return "rerun";
    }

    @Override
    public String arguments() {
        return "CALLSID [--url http://localhost:8080]";
    }

    @Override
    public String summary() {
        return "re-runs a recorded call through today's code and prints both runs side by side, marking the first"
                + " difference";
    }

    @Override
    public int run(List<String> args, Shell shell) {
        Arguments arguments = Arguments.parse(args, Set.of(BellaClient.URL_OPTION), usage());
        if (arguments.words().size() != 1) {
            throw CommandFailed.badArguments("name one call", usage());
        }
        String callSid = arguments.words().get(0);
        JsonNode comparison = BellaClient.of(arguments, shell.env(), usage())
                .post("/api/calls/" + URLEncoder.encode(callSid, StandardCharsets.UTF_8) + "/rerun");
        print(callSid, comparison, shell.out());
        return 0;
    }

    static void print(String callSid, JsonNode comparison, PrintStream out) {
        JsonNode original = comparison.path("original");
        JsonNode rerun = comparison.path("rerun");
        JsonNode first = comparison.path("firstDifference");
        out.println(first.isNull()
                ? "call " + callSid + ": today's code says what the call heard, at every step"
                : "call " + callSid + ": today's code differs from step " + first.asInt() + " on (marked " + MARK
                + ")");
        out.println();
        row(out, " ", "step", "caller", "the call heard", "today's Bella says");
        for (int step = 0; step < Math.max(original.size(), rerun.size()); step++) {
            JsonNode then = original.path(step);
            JsonNode now = rerun.path(step);
            JsonNode either = then.isMissingNode() ? now : then;
            String heard = either.path("heard").isNull() ? "(rings)" : either.path("heard").asText();
            row(out, !first.isNull() && first.asInt() == step ? MARK : " ", String.valueOf(step),
                    heard.isEmpty() ? "(silence)" : heard, said(then), said(now));
        }
    }

    private static String said(JsonNode step) {
        return step.isMissingNode() ? "(the call was over)" : step.path("said").asText();
    }

    /** One step, its words wrapped within their columns. */
    private static void row(PrintStream out, String mark, String step, String heard, String then, String now) {
        List<String> heardLines = wrapped(heard, HEARD_WIDTH);
        List<String> thenLines = wrapped(then, SAID_WIDTH);
        List<String> nowLines = wrapped(now, SAID_WIDTH);
        int lines = Math.max(heardLines.size(), Math.max(thenLines.size(), nowLines.size()));
        for (int i = 0; i < lines; i++) {
            String line = String.format("%-1s %4s  %-" + HEARD_WIDTH + "s  %-" + SAID_WIDTH + "s  %s",
                    i == 0 ? mark : "", i == 0 ? step : "", line(heardLines, i), line(thenLines, i),
                    line(nowLines, i));
            out.println(line.stripTrailing());
        }
    }

    private static String line(List<String> lines, int i) {
        return i < lines.size() ? lines.get(i) : "";
    }

    /** Words in lines of at most {@code width} characters; a longer word is cut. */
    static List<String> wrapped(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
