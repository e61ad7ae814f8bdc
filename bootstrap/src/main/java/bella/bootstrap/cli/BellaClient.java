package bella.bootstrap.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * Asks the running Bella through its owner's API, with the owner's credentials from the settings Bella itself reads:
 * {@code API_KEY} as {@code X-API-Key}, else {@code ADMIN_USER} and {@code ADMIN_PASS} as HTTP Basic, else none
 * (Bella then answers this machine only). Every failure is a {@link CommandFailed} that says what to do.
 */
final class BellaClient {

    /** The option that points a command at another Bella than the one the settings describe. */
    static final String URL_OPTION = "--url";

    private static final Duration CONNECT_PATIENCE = Duration.ofSeconds(5);
    /** Every question asked is answered from a read model at once; a rebuild runs on after its answer. */
    private static final Duration ANSWER_PATIENCE = Duration.ofSeconds(60);
    /**
     * Answers that say the question was wrong, or cannot be answered for what it names (422: a call an older Bella
     * recorded in a form this one cannot re-run), rather than that Bella or its settings are.
     */
    private static final Set<Integer> BAD_QUESTIONS = Set.of(400, 404, 409, 422);
    private static final int UNAUTHORIZED = 401;
    private static final int LONGEST_REASON = 200;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_PATIENCE).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI base;
    private final Map<String, String> credentials;

    private BellaClient(URI base, Map<String, String> credentials) {
        this.base = base;
        this.credentials = credentials;
    }

    /** The Bella at {@code --url}, else {@code BELLA_URL}, else this machine's {@code SERVER_PORT} (8080 unset). */
    static BellaClient of(Arguments arguments, Map<String, String> env, String usage) {
        String url = arguments.option(URL_OPTION).orElseGet(() -> nonBlank(env.get("BELLA_URL"))
                ? env.get("BELLA_URL")
                : "http://localhost:" + (nonBlank(env.get("SERVER_PORT")) ? env.get("SERVER_PORT") : "8080"));
        URI base;
        try {
            base = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        } catch (IllegalArgumentException e) {
            throw CommandFailed.badArguments(url + " is no URL", usage);
        }
        if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme()) || base.getHost() == null) {
            throw CommandFailed.badArguments(url + " is no http:// or https:// URL", usage);
        }
        return new BellaClient(base, credentials(env));
    }

    private static Map<String, String> credentials(Map<String, String> env) {
        if (nonBlank(env.get("API_KEY"))) {
            return Map.of("X-API-Key", env.get("API_KEY"));
        }
        if (nonBlank(env.get("ADMIN_USER")) && nonBlank(env.get("ADMIN_PASS"))) {
            String pair = env.get("ADMIN_USER") + ":" + env.get("ADMIN_PASS");
            return Map.of("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return Map.of();
    }

    /** Where this Bella answers, without a trailing slash. */
    URI base() {
        return base;
    }

    JsonNode get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }

    JsonNode post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(ANSWER_PATIENCE).header("Accept", "application/json");
        credentials.forEach(request::header);
        return request;
    }

    private JsonNode send(HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException | HttpConnectTimeoutException refused) {
            throw new CommandFailed("no Bella answers at " + base + "; start it first (or point --url or BELLA_URL"
                    + " at it)", CommandFailed.FAILED);
        } catch (IOException e) {
            throw new CommandFailed("Bella at " + base + " did not answer: " + e, CommandFailed.FAILED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailed("interrupted", CommandFailed.FAILED);
        }
        int status = response.statusCode();
        if (status == UNAUTHORIZED) {
            throw new CommandFailed("Bella at " + base + " refused the owner's credentials: " + reason(response)
                    + " (the command reads API_KEY, or ADMIN_USER and ADMIN_PASS, as Bella does)",
                    CommandFailed.FAILED);
        }
        if (BAD_QUESTIONS.contains(status)) {
            throw new CommandFailed("Bella refused: " + reason(response), CommandFailed.BAD_ARGUMENTS);
        }
        if (status / 100 != 2) {
            throw new CommandFailed("Bella at " + base + " answered HTTP " + status + ": " + reason(response),
                    CommandFailed.FAILED);
        }
        try {
            return json.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new CommandFailed("Bella at " + base + " answered what is not JSON: " + shortened(response.body()),
                    CommandFailed.FAILED);
        }
    }

    /** Bella's own reason ({@code error}), or Spring's ({@code message}), or what the body says. */
    private String reason(HttpResponse<String> response) {
        try {
            JsonNode body = json.readTree(response.body());
            for (String field : new String[] {"error", "message"}) {
                if (body != null && body.hasNonNull(field)) {
                    return body.get(field).asText();
                }
            }
        } catch (JsonProcessingException notJson) {
            // an answer from something that is not Bella: show what it said
        }
        return response.body().isBlank() ? "HTTP " + response.statusCode() : shortened(response.body());
    }

    private static String shortened(String body) {
        String line = body.strip().replaceAll("\\s+", " ");
        return line.length() <= LONGEST_REASON ? line : line.substring(0, LONGEST_REASON) + "…";
    }

    private static boolean nonBlank(String value) {
        return value != null && !value.isBlank();
    }
}
