package bella.bootstrap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BadSettingAnalyzerTest {

    private final BadSettingAnalyzer analyzer = new BadSettingAnalyzer();

    @Test
    void aBadSettingIsReportedInOneLineNamingIt() {
        var failure = new IllegalStateException("start-up failed",
                new BadSetting("BUSINESS_HOURS_END", "8", "must be later than BUSINESS_HOURS_START"));

        assertThat(analyzer.analyze(failure).getDescription())
                .isEqualTo("BUSINESS_HOURS_END=8 is not usable: must be later than BUSINESS_HOURS_START")
                .doesNotContain("\n");
    }

    @Test
    void anAdaptersOwnSettingIsReportedTheSameWay() {
        var failure = new IllegalStateException("start-up failed",
                new IllegalArgumentException("DATABASE_URL 'mysql://x' is not usable: unsupported database"));

        assertThat(analyzer.analyze(failure).getDescription()).startsWith("DATABASE_URL");
    }

    @Test
    void anyOtherFailureIsLeftToSpring() {
        assertThat(analyzer.analyze(new IllegalArgumentException("port out of range"))).isNull();
    }
}
