package bella.adapters.speech;

import bella.application.messages.SpeechToText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Whisper's transcription endpoint: {@code POST {WHISPER_BASE_URL}/v1/audio/transcriptions}, a multipart form with
 * the audio as {@code file}, {@code model=whisper-1}, {@code language=en} (Bella understands English only) and
 * {@code response_format=json}, authorised by {@code OPENAI_API_KEY} as a bearer token when one is set; the answer
 * is {@code {"text": "…"}}.
 * <p>
 * Each request has {@link #CONNECT} to connect and {@link #ANSWER} for the answer, one try: the caller of this port
 * retries. A circuit breaker stops asking a service that keeps failing: when half of the last
 * {@link #WINDOW} requests failed (at least {@link #WINDOW_MINIMUM} made), requests fail at once for
 * {@link #OPEN_FOR}, then one is let through to see whether it has recovered.
 */
public final class WhisperSpeechToText implements SpeechToText {

    /** OpenAI's API. */
    public static final String OPENAI = "https://api.openai.com";
    public static final String MODEL = "whisper-1";
    public static final Duration CONNECT = Duration.ofSeconds(5);
    /** A two-minute message takes OpenAI seconds; a self-hosted server on a small CPU, longer. */
    public static final Duration ANSWER = Duration.ofSeconds(60);
    public static final int WINDOW = 10;
    public static final int WINDOW_MINIMUM = 4;
    public static final Duration OPEN_FOR = Duration.ofMinutes(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final String apiKey;
    private final Duration answer;
    private final HttpClient http;
    private final CircuitBreaker breaker;

    /**
     * @param baseUrl WHISPER_BASE_URL: OpenAI's, or a server with the same API
     * @param apiKey  OPENAI_API_KEY, or null for a server that asks for none
     */
    public WhisperSpeechToText(String baseUrl, String apiKey) {
        this(baseUrl, apiKey, ANSWER);
    }

    /** A client that waits {@code answer} for each answer: tests wait less for a server that never answers. */
    WhisperSpeechToText(String baseUrl, String apiKey, Duration answer) {
        this.answer = answer;
        this.endpoint = URI.create(baseUrl.replaceAll("/+$", "") + "/v1/audio/transcriptions");
        this.apiKey = apiKey;
        // HTTP/1.1: a plain-HTTP server (self-hosted, or a fake) may cancel an upload sent as an HTTP/2 upgrade
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT).build();
        this.breaker = CircuitBreaker.of("whisper", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(WINDOW)
                .minimumNumberOfCalls(WINDOW_MINIMUM)
                .failureRateThreshold(50)
                .waitDurationInOpenState(OPEN_FOR)
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordExceptions(Unavailable.class)
                .build());
    }

    @Override
    public String transcribe(Path audio) {
        try {
            return breaker.executeSupplier(() -> ask(audio));
        } catch (CallNotPermittedException open) {
            throw new Unavailable("the transcription service failed too often; not asked for "
                    + OPEN_FOR.toSeconds() + " s");
        }
    }

    private String ask(Path audio) {
        String boundary = "bella-" + UUID.randomUUID();
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(answer)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(form(boundary, audio)));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException slow) {
            throw new Unavailable("the transcription service did not answer within " + answer.toMillis() + " ms");
        } catch (IOException failed) {
            throw new Unavailable("the transcription service could not be reached: " + failed.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
        if (response.statusCode() != 200) {
            throw new Unavailable("the transcription service answered " + response.statusCode());
        }
        return text(response.body());
    }

    private static String text(String body) {
        try {
            JsonNode text = JSON.readTree(body).path("text");
            if (!text.isTextual()) {
                throw new Unavailable("the transcription service answered without a text");
            }
            return text.asText().strip();
        } catch (IOException unreadable) {
            throw new Unavailable("the transcription service answered something that is not JSON");
        }
    }

    private static List<byte[]> form(String boundary, Path audio) {
        try {
            String fields = field(boundary, "model", MODEL) + field(boundary, "language", "en")
                    + field(boundary, "response_format", "json")
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + audio.getFileName() + "\"\r\nContent-Type: audio/mpeg\r\n\r\n";
            return List.of(fields.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(audio),
                    ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new Unavailable("the recording could not be read", unreadable);
        }
    }

    private static String field(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }
}
