package bella.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnderstandCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String input, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "understand";
        System.arraycopy(args, 0, command, 1, args.length);
        return CommandLine.run(command, new Shell(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), false, Clock.systemUTC()));
    }

    private List<String> lines(ByteArrayOutputStream stream) {
        String text = stream.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    @Test
    void printsOneJsonObjectPerLineWithTheAgreedKeysInOrder() throws Exception {
        int code = run("next tuesday at 2 pm\ntomorrow afternoon\nmy name is Zoë, 647 209 1234\n\n😀 \"quoted\"\n",
                "--reference", "2026-03-03T10:15", "--zone", "America/Toronto", "--region", "CA",
                "--opens", "09:00", "--closes", "17:00");

        assertThat(code).isZero();
        List<String> lines = lines(out);
        assertThat(lines).hasSize(5);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : lines) {
            JsonNode node = json.readTree(line);
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactly("text", "intent", "start", "end", "grain", "name", "phone");
            nodes.add(node);
        }
        assertThat(nodes.get(0).get("intent").asText()).isEqualTo("book");
        assertThat(nodes.get(0).get("start").asText()).isEqualTo("2026-03-10T14:00:00");
        assertThat(nodes.get(0).get("end").isNull()).isTrue();
        assertThat(nodes.get(0).get("grain").asText()).isEqualTo("hour");
        assertThat(nodes.get(1).get("end").asText()).isEqualTo("2026-03-04T17:00:00");
        assertThat(nodes.get(2).get("name").asText()).isEqualTo("Zoë");
        assertThat(nodes.get(2).get("phone").asText()).isEqualTo("+16472091234");
        assertThat(nodes.get(3).get("intent").asText()).isEqualTo("other");
        assertThat(nodes.get(4).get("text").asText()).isEqualTo("😀 \"quoted\"");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void worksWithoutArguments() {
        assertThat(run("hello\n")).isZero();
        assertThat(lines(out)).hasSize(1);
    }

    @Test
    void rejectsBadArgumentsWithOneLineAndCodeTwo() {
        for (String[] args : List.of(new String[] {"--zone", "Mars/Base"}, new String[] {"--reference", "soon"},
                new String[] {"--wat", "x"}, new String[] {"--zone"}, new String[] {"--region", "XX"},
                new String[] {"--opens", "nine"})) {
            out.reset();
            err.reset();

            assertThat(run("hello\n", args)).isEqualTo(2);
            assertThat(lines(out)).isEmpty();
            assertThat(lines(err)).hasSize(1);
        }
    }
}
