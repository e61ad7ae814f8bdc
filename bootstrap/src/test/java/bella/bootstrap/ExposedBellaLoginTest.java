package bella.bootstrap;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * A Bella that other machines can reach starts only with an owner's login no one would guess; on this machine only
 * (the default) it starts without one.
 */
@Execution(ExecutionMode.CONCURRENT)
@ExtendWith(OutputCaptureExtension.class)
// the captured output is one for the whole JVM: classes capturing it must not run at the same time
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
class ExposedBellaLoginTest {

    static Stream<Arguments> weakLogins() {
        return Stream.of(
                arguments(Map.of("SERVER_ADDRESS", "0.0.0.0"), "the owner's pages have no login"),
                arguments(Map.of("SERVER_ADDRESS", "0.0.0.0", "ADMIN_USER", "owner", "ADMIN_PASS", "changeme"),
                        "ADMIN_PASS is one of the first passwords anyone tries"),
                arguments(Map.of("SERVER_ADDRESS", "0.0.0.0", "ADMIN_USER", "owner", "ADMIN_PASS", "Password"),
                        "ADMIN_PASS is one of the first passwords anyone tries"),
                arguments(Map.of("SERVER_ADDRESS", "0.0.0.0", "ADMIN_USER", "ann-lee", "ADMIN_PASS", "Ann-Lee"),
                        "ADMIN_PASS is one of the first passwords anyone tries"),
                arguments(Map.of("SERVER_ADDRESS", "0.0.0.0", "API_KEY", "bella"),
                        "API_KEY is one of the first keys anyone tries"),
                arguments(Map.of("SERVER_ADDRESS", "", "ADMIN_USER", "admin", "ADMIN_PASS", "admin"),
                        "ADMIN_PASS is one of the first passwords anyone tries"),
                arguments(Map.of("SERVER_ADDRESS", "no-such-host.invalid"), "SERVER_ADDRESS=no-such-host.invalid"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("weakLogins")
    void givenAWeakLoginOnEveryInterface_whenStarted_thenRefusedWithOneLineSayingWhy(
            Map<String, String> settings, String reason, @TempDir Path data, CapturedOutput output) {
        assertThatThrownBy(() -> RunningBella.start(data.resolve("bella.db"), settings).close())
                .isInstanceOf(StartupCheck.StartRefused.class);

        // other classes' Bellas may log beside this one
        assertThat(output.getAll().lines()).anyMatch(line -> line.contains(" ERROR ") && line.contains(reason));
        assertThat(output.getAll()).doesNotContain("changeme", "=Password", "ann-lee");
        assertThat(data.resolve("bella.db")).doesNotExist();
    }

    static Stream<Arguments> fineLogins() {
        return Stream.of(
                arguments(Map.of()),
                arguments(Map.of("SERVER_ADDRESS", "127.0.0.1", "ADMIN_USER", "admin", "ADMIN_PASS", "admin")),
                arguments(Map.of("SERVER_ADDRESS", "0.0.0.0", "ADMIN_USER", "owner", "ADMIN_PASS", "plum-7-kettle")),
                arguments(Map.of("SERVER_ADDRESS", "0.0.0.0", "API_KEY", "0c5e1a7f9b2d4e68")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fineLogins")
    void givenALoginFitForWhereItListens_whenStarted_thenBellaServes(Map<String, String> settings,
                                                                      @TempDir Path data) {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), settings)) {
            assertThat(bella.get("/healthz").statusCode()).isEqualTo(200);
        }
    }
}
