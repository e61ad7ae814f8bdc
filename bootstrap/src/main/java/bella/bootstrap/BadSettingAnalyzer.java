package bella.bootstrap;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.util.regex.Pattern;

/**
 * Reports a bad setting as one line naming it, instead of a stack trace. Settings read here throw
 * {@link BadSetting}; an adapter that reads its own (DATABASE_URL) says which by starting its message with the name.
 */
class BadSettingAnalyzer extends AbstractFailureAnalyzer<IllegalArgumentException> {

    private static final Pattern NAMES_A_SETTING = Pattern.compile("^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+[ =]");

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, IllegalArgumentException cause) {
        if (cause.getMessage() == null || !NAMES_A_SETTING.matcher(cause.getMessage()).find()) {
            return null;
        }
        return new FailureAnalysis(cause.getMessage(), "Correct the setting and start Bella again.", cause);
    }
}
