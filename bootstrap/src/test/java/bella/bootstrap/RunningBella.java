package bella.bootstrap;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The real application on a random port over a SQLite file or a PostgreSQL database, started and stopped as a test
 * needs.
 */
final class RunningBella implements AutoCloseable {

    static final String AUTH_TOKEN = "test-auth-token-0123456789";
    /** Tuesday 3 March 2026, 10:15 in Toronto. */
    static final String MONDAY_MORNING = "2026-03-03T10:15:00-05:00";
    /**
     * How long a test waits for what follows a call after the fact (a read model, the calendar): a bound on a failure,
     * never a wait on success, so it can be generous enough for a busy machine running several tests at once.
     */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /**
     * Spring Boot sets up and tears down logging for the whole JVM as an application starts and stops: with tests
     * running side by side, one Bella starts or stops at a time, and only their calls overlap.
     */
    private static final Object STARTING_OR_STOPPING = new Object();
    private final ConfigurableApplicationContext context;
    private final String base;

    private RunningBella(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    static RunningBella start(Path database, Map<String, String> settings) {
        return start("jdbc:sqlite:" + database, settings);
    }

    /** Bella as it runs, but for the caller's patience: see {@link CallerPatience}. */
    static RunningBella start(String databaseUrl, Map<String, String> settings) {
        return start(databaseUrl, settings, null);
    }

    /** Bella on {@code clock} instead of the one its settings make, so a test decides when time passes. */
    static RunningBella start(Path database, Map<String, String> settings, Clock clock) {
        return start("jdbc:sqlite:" + database, settings, clock);
    }

    static RunningBella start(String databaseUrl, Map<String, String> settings, Clock clock) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("SERVER_PORT", "0");
        properties.put("DATABASE_URL", databaseUrl);
        properties.put("TWILIO_AUTH_TOKEN", AUTH_TOKEN);
        properties.put("BELLA_CLOCK_START", MONDAY_MORNING);
        properties.put("BUSINESS_NAME", "Maple Dental");
        properties.put("logging.level.root", "WARN");
        properties.putAll(settings);
        synchronized (STARTING_OR_STOPPING) {
            var application = new SpringApplicationBuilder(BellaApplication.class)
                    .sources(CallerPatience.InTests.class).properties(properties);
            if (clock != null) {
                application.initializers(context -> ((GenericApplicationContext) context)
                        .registerBean("movedClock", Clock.class, () -> clock, bean -> bean.setPrimary(true)));
            }
            return new RunningBella(application.run());
        }
    }

    /** A piece of the running application, for tests that go beneath the webhooks. */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    String base() {
        return base;
    }

    TwilioCaller caller(String callSid, String from) {
        return new TwilioCaller(base, AUTH_TOKEN, callSid, from);
    }

    HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Read models follow the event store a moment behind: wait (boundedly) until one shows what is expected. */
    String awaitGet(String path, Predicate<String> shows) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        String body = get(path).body();
        while (!shows.test(body) && Instant.now().isBefore(giveUp)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            body = get(path).body();
        }
        return body;
    }

    @Override
    public void close() {
        synchronized (STARTING_OR_STOPPING) {
            context.close();
        }
    }
}
