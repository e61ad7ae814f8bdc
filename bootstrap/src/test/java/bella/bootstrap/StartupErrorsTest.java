package bella.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Starts Bella's real {@code main} as its own process, as an owner would, with one thing wrong: it must stop with one
 * line at ERROR naming what is wrong, a failing exit code, and no database file left behind.
 */
@Execution(ExecutionMode.CONCURRENT)
class StartupErrorsTest {

    /** Generous: a refused start takes seconds; only a hang (a web server started after all) would reach this. */
    private static final long GIVE_UP_MINUTES = 3;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                arguments(Map.of("BUSINESS_HOURS", "garbage"), "BUSINESS_HOURS=garbage is not usable: days and hours"),
                arguments(Map.of("APPOINTMENT_DURATION", "an hour"), "APPOINTMENT_DURATION=an hour is not usable"),
                arguments(Map.of("LOG_LEVEL", "loud"), "LOG_LEVEL=loud is not usable: one of TRACE, DEBUG, INFO"),
                arguments(Map.of("LOG_FORMAT", "xml"), "LOG_FORMAT=xml is not usable: json or text"),
                arguments(Map.of("COST_ALERT_USD", "$30"), "COST_ALERT_USD=$30 is not usable: an amount of US dollars"),
                arguments(Map.of("COST_PER_MINUTE_USD", "-1"), "COST_PER_MINUTE_USD=-1 is not usable"),
                arguments(Map.of("SERVER_PORT", "eighty"), "SERVER_PORT=eighty is not usable: a whole number"),
                arguments(Map.of("SERVER_PORT", "70000"), "SERVER_PORT=70000 is not usable: a whole number"),
                arguments(Map.of("PUBLIC_BASE_URL", "bella.example.com"), "PUBLIC_BASE_URL=bella.example.com"),
                arguments(Map.of("TRUST_PROXY_HEADERS", "yes"), "TRUST_PROXY_HEADERS=yes is not usable: true or false"),
                arguments(Map.of("TRUST_PROXY_HEADERS", "true", "PUBLIC_BASE_URL", "https://bella.example.com"),
                        "TRUST_PROXY_HEADERS=true and PUBLIC_BASE_URL are both set"),
                arguments(Map.of("ADMIN_USER", "owner"), "ADMIN_PASS is not set"),
                arguments(Map.of("GOOGLE_CALENDAR_ENABLED", "yes"), "GOOGLE_CALENDAR_ENABLED=yes is not usable"),
                arguments(Map.of("TWILIO_VOICE", "Joanna"), "TWILIO_VOICE=Joanna is not usable: a voice Twilio offers"),
                arguments(Map.of("PROMPT_VARIANTS", "warm, plain", "PROMPT_VARIANT_WARM_READBACK", "poem"),
                        "PROMPT_VARIANT_WARM_READBACK=poem is not usable: one of summary, question, checklist"),
                arguments(Map.of("GOOGLE_CALENDAR_ENABLED", "true", "GOOGLE_SERVICE_ACCOUNT_JSON", "/no/such/key.json"),
                        "GOOGLE_SERVICE_ACCOUNT_JSON=(not shown) is not usable"),
                arguments(Map.of("GOOGLE_CALENDAR_ENABLED", "true", "GOOGLE_SERVICE_ACCOUNT_JSON", "{}",
                        "GOOGLE_CALENDAR_SUBJECT", "owner"), "GOOGLE_CALENDAR_SUBJECT=owner is not usable"),
                arguments(Map.of("DATABASE_URL", "mysql://u:secret@localhost/db"), "DATABASE_URL 'mysql://u:***@"),
                arguments(Map.of("DATABASE_URL", "jdbc:sqlite:/proc/x.db"),
                        "DATABASE_URL=jdbc:sqlite:/proc/x.db is not usable: [SQLITE_CANTOPEN]"),
                arguments(Map.of("DATABASE_URL", "postgresql://u:secret@127.0.0.1:1/db"),
                        "DATABASE_URL=jdbc:postgresql://127.0.0.1:1/db is not usable: Connection to 127.0.0.1:1 refused"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void givenOneBadSetting_whenStarted_thenOneLineNamingItAndNothingStarted(Map<String, String> settings,
                                                                            String line, @TempDir Path workDir)
            throws Exception {
        Started bella = start(workDir, settings);

        assertThat(bella.exitCode()).isNotZero();
        assertThat(bella.lines()).singleElement().satisfies(only -> {
            assertThat(only).contains(" ERROR ").contains(line).doesNotContain("secret");
        });
        assertThat(workDir.resolve("data")).doesNotExist();
    }

    @Test
    void givenThePortTaken_whenStarted_thenOneLineSayingSoBeforeAnythingElse(@TempDir Path workDir) throws Exception {
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress(0));
            int port = other.getLocalPort();

            Started bella = start(workDir, Map.of("SERVER_PORT", String.valueOf(port)));

            assertThat(bella.exitCode()).isNotZero();
            assertThat(bella.lines()).singleElement().asString()
                    .contains(" ERROR ", "SERVER_PORT=" + port + " is not usable: a free port");
            assertThat(workDir.resolve("data")).doesNotExist();
        }
    }

    /** Runs {@code BellaApplication.main} on this test's class path, in {@code workDir}, with these settings. */
    static Started start(Path workDir, Map<String, String> settings) throws IOException, InterruptedException {
        Path output = workDir.resolve("output.txt");
        ProcessBuilder process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.sqlite.tmpdir=" + System.getProperty("org.sqlite.tmpdir", workDir.toString()),
                "-cp", System.getProperty("java.class.path"), BellaApplication.class.getName()))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        process.environment().keySet().removeIf(name -> name.startsWith("BUSINESS_") || name.startsWith("GOOGLE_")
                || name.equals("DATABASE_URL") || name.equals("SERVER_PORT") || name.equals("LOG_LEVEL"));
        // any free port unless the case is about the port: a Bella already on 8080, or a case beside this one
        // probing it, must not change which line a case hears
        process.environment().put("SERVER_PORT", "0");
        process.environment().putAll(settings);
        Process bella = process.start();
        if (!bella.waitFor(GIVE_UP_MINUTES, TimeUnit.MINUTES)) {
            bella.destroyForcibly().waitFor();
        }
        String lines = Files.readString(output, StandardCharsets.UTF_8);
        return new Started(bella.exitValue(), lines.lines().filter(l -> !l.isBlank()).toList());
    }

    record Started(int exitCode, List<String> lines) {
    }
}
