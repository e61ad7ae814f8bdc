package bella.bootstrap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

import java.util.Locale;
import java.util.Map;

/**
 * {@code LOG_FORMAT=json} writes each log line as one JSON object (Spring Boot's structured logging, in Logstash's
 * field names, with the call SID as {@code callSid}); {@code text}, the default, as plain lines. It is read before
 * logging starts, so even the first line comes in the format asked for; a value it does not know is left for
 * {@link StartupCheck} to refuse in one line.
 */
class LogFormat implements EnvironmentPostProcessor {

    static final String SETTING = "LOG_FORMAT";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if ("json".equals(value(environment))) {
            environment.getPropertySources().addFirst(new MapPropertySource(SETTING,
                    Map.of("logging.structured.format.console", "logstash")));
        }
    }

    static void check(Environment environment) {
        String value = value(environment);
        if (!value.equals("json") && !value.equals("text")) {
            throw new BadSetting(SETTING, environment.getProperty(SETTING), "json or text");
        }
    }

    private static String value(Environment environment) {
        String value = environment.getProperty(SETTING, "").strip().toLowerCase(Locale.ROOT);
        return value.isEmpty() ? "text" : value;
    }
}
