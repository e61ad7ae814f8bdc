package bella.bootstrap;

import bella.adapters.persistence.DatabaseUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Checks every setting, and that the database opens, as soon as the settings are known: before the web server, the
 * database file or the event processors exist. A failure is logged as one line naming the setting and what it
 * accepts, and start-up stops there.
 *
 * <p>It runs as a listener of the prepared environment rather than binding a {@code @ConfigurationProperties} bean:
 * beans exist only once the context refreshes, after the web server is created. The settings keep the original
 * service's variable names and are read by {@link Settings}, whose messages already name them.
 */
class StartupCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(StartupCheck.class);
    private static final int HIGHEST_PORT = 65_535;
    private static final int MOST_A_MINUTE = 1_000_000;

    /** Right after logging is set up, so the one line goes where the owner configured the log. */
    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        try {
            logLevel(event.getEnvironment(), event.getSpringApplication().getClassLoader());
            check(event.getEnvironment());
        } catch (BadSetting bad) {
            log.error(bad.getMessage());
            throw new StartRefused();
        }
    }

    /** The database comes last: a mistake anywhere else leaves no database file behind. */
    private static void check(Environment env) {
        Settings settings = Settings.from(env);
        LogFormat.check(env);
        CostSettings.rates(env);
        port(env);
        baseUrl("PUBLIC_BASE_URL", env.getProperty("PUBLIC_BASE_URL", ""));
        proxyHeaders(env);
        adminAccess(env);
        limits(env);
        googleCalendar(env, settings);
        baseUrl("TWILIO_API_BASE_URL", env.getProperty("TWILIO_API_BASE_URL", ""));
        TextsWiring.settings(env);
        MessagesWiring.settings(env);
        DatabaseUrl database = databaseUrl(env.getProperty(DatabaseUrl.PROPERTY));
        if (database.isSqlite()) {
            SqliteNativeLibrary.keepPerUser();
        }
        DatabaseCheck.opens(database);
    }

    /**
     * LOG_LEVEL is applied here rather than mapped onto {@code logging.level.root} in application.properties, where
     * a value Spring cannot read stops start-up with a report of twenty-odd lines before this check could run.
     */
    private static void logLevel(Environment env, ClassLoader classLoader) {
        String value = env.getProperty("LOG_LEVEL", "");
        if (value.isBlank()) {
            return;
        }
        LogLevel level;
        try {
            level = LogLevel.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadSetting("LOG_LEVEL", value, "one of " + Arrays.stream(LogLevel.values()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
        LoggingSystem.get(classLoader).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, level);
    }

    private static void port(Environment env) {
        String value = env.getProperty("server.port", "8080");
        int port = Settings.whole("SERVER_PORT", value, 0, HIGHEST_PORT);
        if (port == 0) {
            return;
        }
        // a second Bella on the same port would otherwise fail only once everything else has started
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(port));
        } catch (IOException taken) {
            throw new BadSetting("SERVER_PORT", value, "a free port; another program already listens on " + port);
        }
    }

    static void baseUrl(String name, String value) {
        if (value.isBlank()) {
            return;
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException unreadable) {
            // reported below with what is accepted
        }
        throw new BadSetting(name, value, "a URL such as https://bella.example.com");
    }

    /**
     * Both would say where the URL Twilio signs comes from; one way at a time leaves no doubt which a request was
     * checked against.
     */
    private static void proxyHeaders(Environment env) {
        if (trueOrFalse(env, "TRUST_PROXY_HEADERS") && !env.getProperty("PUBLIC_BASE_URL", "").isBlank()) {
            throw new BadSetting("TRUST_PROXY_HEADERS=true and PUBLIC_BASE_URL are both set: set one of them "
                    + "(PUBLIC_BASE_URL names the URL Twilio calls; TRUST_PROXY_HEADERS=true reads it from the proxy's "
                    + "X-Forwarded-* headers)");
        }
    }

    private static boolean trueOrFalse(Environment env, String name) {
        String value = env.getProperty(name, "false").strip();
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new BadSetting(name, value, "true or false");
        }
        return value.equalsIgnoreCase("true");
    }

    private static void adminAccess(Environment env) {
        String user = env.getProperty("ADMIN_USER", "").strip();
        String password = env.getProperty("ADMIN_PASS", "").strip();
        String apiKey = env.getProperty("API_KEY", "").strip();
        if (user.isEmpty() != password.isEmpty()) {
            throw new BadSetting((user.isEmpty() ? "ADMIN_USER" : "ADMIN_PASS") + " is not set: set both ADMIN_USER "
                    + "and ADMIN_PASS, or neither");
        }
        String address = env.getProperty("server.address", "").strip();
        if (OwnerLogins.reachableFromThisMachineOnly(address)) {
            return;
        }
        String listening = "SERVER_ADDRESS=" + address + " lets other machines reach Bella";
        if (password.isEmpty() && apiKey.isEmpty()) {
            throw new BadSetting(listening + ", but the owner's pages have no login: set ADMIN_USER and ADMIN_PASS, "
                    + "or API_KEY, or SERVER_ADDRESS=127.0.0.1 to listen on this machine only");
        }
        // the secret itself is never written to the log, even a guessable one
        if (!password.isEmpty() && OwnerLogins.guessable(password, user)) {
            throw new BadSetting(listening + ", and ADMIN_PASS is one of the first passwords anyone tries: "
                    + "choose another");
        }
        if (!apiKey.isEmpty() && OwnerLogins.guessable(apiKey, user)) {
            throw new BadSetting(listening + ", and API_KEY is one of the first keys anyone tries: choose another");
        }
    }

    /** Requests a minute; 0 turns a limit off. */
    private static void limits(Environment env) {
        for (String name : List.of("WEBHOOK_LIMIT_PER_CALLER", "WEBHOOK_LIMIT_PER_ADDRESS", "API_LIMIT_PER_CLIENT")) {
            String value = env.getProperty(name, "");
            if (!value.isBlank()) {
                Settings.whole(name, value, 0, MOST_A_MINUTE);
            }
        }
    }

    private static void googleCalendar(Environment env, Settings settings) {
        if (trueOrFalse(env, "GOOGLE_CALENDAR_ENABLED")) {
            baseUrl("GOOGLE_API_ROOT_URL", env.getProperty("GOOGLE_API_ROOT_URL", ""));
            GoogleCalendarWiring.calendar(env, settings.rules().zone(), Clock.systemUTC());
        }
    }

    private static DatabaseUrl databaseUrl(String value) {
        try {
            return DatabaseUrl.fromEnvironment(value);
        } catch (IllegalArgumentException unusable) {
            // DatabaseUrl's message names the setting and leaves out the password
            throw new BadSetting(unusable.getMessage());
        }
    }

    /** Stops start-up without the report and stack trace Spring gives a failure: the one line has said it all. */
    static final class StartRefused extends SpringApplication.AbandonedRunException {
    }
}
