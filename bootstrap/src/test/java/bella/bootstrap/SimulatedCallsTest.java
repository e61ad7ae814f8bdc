package bella.bootstrap;

import bella.bootstrap.cli.CommandLine;
import bella.bootstrap.cli.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code simulate} against a running Bella: a scripted call and a typed one book through the signed webhooks, many
 * generated calls at once all book and are counted, and what goes wrong is one line.
 */
class SimulatedCallsTest {

    @TempDir
    static Path data;
    private static RunningBella bella;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void start() {
        bella = RunningBella.start(data.resolve("bella.db"), Map.of());
    }

    @AfterAll
    static void stop() {
        bella.close();
    }

    @Test
    void aScriptedCallIsPlayedAsTwilioWouldAndBooks() throws IOException {
        Path script = Files.writeString(data.resolve("booking.call"), String.join("\n",
                "# books Thursday afternoon, answering the read-back with a key",
                "< thank you for calling Maple Dental",
                "> I'd like to book an appointment",
                "< what day and time",
                "> Thursday at 2 pm",
                "< your name",
                "> my name is Ann Lee",
                "< Ann Lee, on Thursday, March 5th at 2 PM",
                "> #1",
                "< you're booked"));

        int code = simulate("", "--script", script.toString(), "--from", "+14165550701");

        assertThat(code).as(errors()).isZero();
        assertThat(output()).contains("caller: I'd like to book an appointment", "caller: (presses 1)",
                "Bella: You're booked for Thursday, March 5th at 2 PM.", "(Bella hung up)", "outcome: booked");
        assertThat(errors()).isEmpty();
        assertThat(bella.awaitGet("/api/appointments?from=2026-03-05&to=2026-03-05",
                body -> body.contains("Ann Lee"))).contains("Ann Lee", "+14165550701");
    }

    @Test
    void aPersonTypesTheCallersAnswersSilenceAndKeysIncluded() {
        String typed = String.join("\n", "#1", "", "Friday at 10 am", "my name is Omar Haddad", "yes") + "\n";

        int code = simulate(typed, "--from", "+14165550702");

        assertThat(code).as(errors()).isZero();
        assertThat(output()).contains("Type what the caller says",
                "Bella: What day and time would suit you?",
                "Bella: You're booked for Friday, March 6th at 10 AM.", "outcome: booked");
        assertThat(output()).as("silence is a turn Bella answers with the question again")
                .containsPattern("(?s)What day and time.*What day and time.*Friday, March 6th");
        assertThat(output()).doesNotContain("caller:");
    }

    @Test
    void theCallerHangingUpAtTheEndOfTheInputIsTheOutcome() {
        int code = simulate("I'd like to book\n", "--from", "+14165550703");

        assertThat(code).as(errors()).isZero();
        assertThat(output()).contains("(the caller hung up)", "outcome: failed (hung_up at");
    }

    @Test
    void manyGeneratedCallsAtOnceAllBookAndAreCounted() {
        int code = simulate("", "--calls", "6", "--concurrency", "3");

        assertThat(code).as(output() + errors()).isZero();
        assertThat(output()).contains("6 calls, 3 at once, no think time, generated booking callers",
                // each: the call, intent, time, name, read-back and the status callback
                "calls:     6 in", "36 webhooks", "(36 unsigned GET /twilio/voice, refused before any work, 3 at once)",
                "failures:  0 answered an error, 0 timed out (past Twilio's 15 s)",
                "outcomes:  booked 6, moved 0, cancelled 0, answered 0, failed 0;"
                        + " 0 offered a time then found it taken");
        assertThat(output()).containsPattern("webhooks:  p50 [0-9.]+ ms, p95 [0-9.]+ ms, p99 [0-9.]+ ms, max")
                .containsPattern("ratio:     p50 [0-9.]+, p95 [0-9.]+, p99 [0-9.]+ \\(webhooks to floor\\)");
        assertThat(errors()).isEmpty();
    }

    @Test
    void manyScriptedCallsAtOnceCountTheCallsThatWentOffScript() throws IOException {
        Path hours = Files.writeString(data.resolve("hours.call"), "> #2\n< we're open\n");
        Path wrong = Files.writeString(data.resolve("wrong.call"), "> #2\n< we never open\n");

        assertThat(simulate("", "--script", hours.toString(), "--calls", "4", "--concurrency", "2"))
                .as(output()).isZero();
        int offScript = simulate("", "--script", wrong.toString(), "--calls", "4", "--concurrency", "2");

        assertThat(offScript).isEqualTo(1);
        assertThat(output()).contains("outcomes:  booked 0, moved 0, cancelled 0, answered 4, failed 0",
                "failures:  0 answered an error, 0 timed out (past Twilio's 15 s), 4 calls off script",
                "  first calls off script: " + wrong + " line 2: Bella said \"");
        assertThat(output().lines().filter(line -> line.startsWith("failures:")))
                .containsExactly("failures:  0 answered an error, 0 timed out (past Twilio's 15 s)",
                        "failures:  0 answered an error, 0 timed out (past Twilio's 15 s), 4 calls off script");
    }

    @Test
    void aScriptBellaDoesNotFollowFailsInOneLineNamingItsLine() throws IOException {
        Path script = Files.writeString(data.resolve("hours.call"), String.join("\n",
                "> #2", "< we are closed on Mondays", "> thanks"));

        int code = simulate("", "--script", script.toString(), "--from", "+14165550704");

        assertThat(code).isEqualTo(1);
        assertThat(errors()).startsWith(script + " line 2: Bella said \"").hasLineCount(1);
    }

    @Test
    void aTokenThatIsNotBellasIsOneLineAndCodeTwo() {
        int code = CommandLine.run(new String[] {"simulate", "--url", bella.base(), "--token", "not-the-token"},
                shell("I'd like to book\n"));

        assertThat(code).isEqualTo(2);
        assertThat(errors()).startsWith("Bella refused /twilio/voice (HTTP 403").contains("--token")
                .hasLineCount(1);
    }

    private int simulate(String typed, String... options) {
        String[] args = new String[options.length + 5];
        args[0] = "simulate";
        args[1] = "--url";
        args[2] = bella.base();
        args[3] = "--token";
        args[4] = RunningBella.AUTH_TOKEN;
        System.arraycopy(options, 0, args, 5, options.length);
        return CommandLine.run(args, shell(typed));
    }

    private Shell shell(String typed) {
        return new Shell(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), false, Clock.systemUTC());
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
