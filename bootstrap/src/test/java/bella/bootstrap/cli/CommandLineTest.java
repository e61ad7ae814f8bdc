package bella.bootstrap.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.run(args, new Shell(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), false, Clock.systemUTC()));
    }

    @Test
    void helpListsEveryCommandWithItsArguments() {
        assertThat(CommandLine.isCommand(new String[] {"help"})).isTrue();

        assertThat(run("help")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("understand [--reference", "rebuild [NAME]",
                "analytics [--from YYYY-MM-DD] [--to YYYY-MM-DD]", "help");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aWordIsACommandSoSpringsOptionsStillStartBellaAndAnUnknownWordIsRefused() {
        assertThat(CommandLine.isCommand(new String[] {"rebuild"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"--server.port=9090"})).isFalse();
        assertThat(CommandLine.isCommand(new String[0])).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"rebiuld"})).isTrue();

        assertThat(run("rebiuld", "customers")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("no command rebiuld; java -jar bella.jar help lists them\n");
    }

    @Test
    void wrongArgumentsAreOneLineWithTheUsageAndCodeTwo() {
        for (String[] args : new String[][] {{"rebuild", "call-summaries", "customers"}, {"rebuild", "--wat", "x"},
                {"analytics", "--from"}, {"analytics", "yesterday"}, {"rebuild", "--url", "localhost:8080"},
                {"analytics", "--url", "http://"}}) {
            err.reset();

            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);

            assertThat(err.toString(StandardCharsets.UTF_8)).as(String.join(" ", args))
                    .contains("usage: " + args[0]).hasLineCount(1);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
