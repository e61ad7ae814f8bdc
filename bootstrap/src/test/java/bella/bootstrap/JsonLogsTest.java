package bella.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts Bella's real {@code main} as its own process with {@code LOG_FORMAT=json}, as an operator would: every line
 * it writes is one JSON object, and a line logged while a webhook is answered names the call.
 */
class JsonLogsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final String CALL_SID = "CA00000000000000000000000000000c01";

    @TempDir
    Path workDir;

    @Test
    void everyLineIsOneJsonObjectAndALineLoggedDuringAWebhookCarriesItsCallSid() throws Exception {
        Path output = workDir.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.sqlite.tmpdir=" + System.getProperty("org.sqlite.tmpdir", workDir.toString()),
                "-cp", System.getProperty("java.class.path"), BellaApplication.class.getName()))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("BUSINESS_") || name.startsWith("LOG_"));
        builder.environment().putAll(Map.of("SERVER_PORT", "0", "LOG_FORMAT", "json",
                "DATABASE_URL", "jdbc:sqlite:" + workDir.resolve("bella.db"),
                "TWILIO_AUTH_TOKEN", RunningBella.AUTH_TOKEN));
        Process bella = builder.start();
        try {
            int port = port(output, bella);
            // a gather for a call Bella never answered: refused with a 404 and one line about it
            var refused = new TwilioCaller("http://localhost:" + port, RunningBella.AUTH_TOKEN, CALL_SID,
                    "+14165550501").post("/twilio/gather?turn=1&expect=INTENT", Map.of("SpeechResult", "hello"));
            assertThat(refused.statusCode()).isEqualTo(404);
        } finally {
            bella.destroy();
            if (!bella.waitFor(RunningBella.PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                bella.destroyForcibly().waitFor();
            }
        }

        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        assertThat(lines).isNotEmpty().allSatisfy(line ->
                assertThat(line.has("@timestamp") && line.has("level") && line.has("message")).as(line.toString())
                        .isTrue());
        assertThat(lines).filteredOn(line -> line.path("message").asText().startsWith("Refused a webhook"))
                .singleElement().satisfies(line -> assertThat(line.path("callSid").asText()).isEqualTo(CALL_SID));
        assertThat(lines).filteredOn(line -> line.has("callSid"))
                .allSatisfy(line -> assertThat(line.path("callSid").asText()).isEqualTo(CALL_SID));
    }

    /** The port Bella says it listens on, once it has said so; a bound on a failure, not a wait on success. */
    private static int port(Path output, Process bella) throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(giveUp) && bella.isAlive()) {
            Optional<Integer> port = Files.readAllLines(output, StandardCharsets.UTF_8).stream()
                    .map(PORT::matcher).filter(Matcher::find).map(found -> Integer.valueOf(found.group(1)))
                    .findFirst();
            if (port.isPresent()) {
                return port.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Bella never said its port:\n" + Files.readString(output, StandardCharsets.UTF_8));
    }
}
