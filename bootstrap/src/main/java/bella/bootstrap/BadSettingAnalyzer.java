package bella.bootstrap;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a bad setting as one line naming it, instead of a stack trace. */
class BadSettingAnalyzer extends AbstractFailureAnalyzer<BadSetting> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BadSetting cause) {
        return new FailureAnalysis(cause.getMessage(), "Correct the setting and start Bella again.", cause);
    }
}
