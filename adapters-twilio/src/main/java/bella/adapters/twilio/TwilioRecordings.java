package bella.adapters.twilio;

import bella.application.messages.Recordings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Callers' recordings at Twilio, fetched and deleted: {@code GET {TWILIO_API_BASE_URL}/2010-04-01/Accounts/
 * {AccountSid}/Recordings/{RecordingSid}.mp3} with the account SID and auth token as HTTP basic credentials (Twilio
 * serves the media as MP3 with that suffix, as WAV without one or with {@code .wav}), and {@link #delete}.
 * <p>
 * A recording is fetched only from under the API base URL this Bella was given, for its own account: a
 * {@code RecordingUrl} with another scheme, host or port, credentials of its own, a query, a fragment, or any path
 * but a recording's (dots, percent escapes and extra segments included) is refused, so a forged webhook cannot make
 * Bella send Twilio's credentials, or its own requests, anywhere else. Redirects are not followed, for the same
 * reason.
 */
public final class TwilioRecordings implements Recordings {

    /** Twilio's REST API. */
    public static final String TWILIO_API = "https://api.twilio.com";
    /** OpenAI's transcription endpoint takes files up to 25 MB: a larger recording is never fetched whole. */
    public static final long LARGEST_RECORDING_BYTES = 25L * 1024 * 1024;
    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration ANSWER = Duration.ofSeconds(30);
    private static final Pattern RECORDING = Pattern.compile(
            "/2010-04-01/Accounts/(AC[0-9a-fA-F]{32})/Recordings/RE[0-9a-fA-F]{32}(?:\\.wav|\\.mp3)?");

    private static final Pattern RECORDING_SID = Pattern.compile("RE[0-9a-fA-F]{32}");

    private final URI base;
    private final String accountSid;
    private final String authorization;
    private final HttpClient http;

    /** @param apiBaseUrl TWILIO_API_BASE_URL: Twilio's API, or a fake of it in tests */
    public TwilioRecordings(String apiBaseUrl, String accountSid, String authToken) {
        this.base = URI.create(apiBaseUrl.replaceAll("/+$", ""));
        this.accountSid = accountSid;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((accountSid + ":" + authToken)
                .getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Optional<String> pathOf(String recordingUrl) {
        URI url;
        try {
            url = new URI(recordingUrl);
        } catch (URISyntaxException | NullPointerException unreadable) {
            return Optional.empty();
        }
        boolean sameServer = url.getScheme() != null && url.getScheme().equalsIgnoreCase(base.getScheme())
                && url.getHost() != null && url.getHost().toLowerCase(Locale.ROOT)
                .equals(base.getHost().toLowerCase(Locale.ROOT))
                && port(url) == port(base) && url.getRawUserInfo() == null && url.getRawQuery() == null
                && url.getRawFragment() == null;
        String basePath = base.getRawPath() == null ? "" : base.getRawPath();
        String path = url.getRawPath();
        if (!sameServer || path == null || !path.startsWith(basePath)) {
            return Optional.empty();
        }
        String under = path.substring(basePath.length());
        Matcher recording = RECORDING.matcher(under);
        if (!recording.matches() || !recording.group(1).equals(accountSid)) {
            return Optional.empty();
        }
        return Optional.of(under.replaceFirst("\\.(wav|mp3)$", ""));
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    @Override
    public Path fetch(String recordingPath, Path directory) {
        if (!RECORDING.matcher(recordingPath).matches()) {
            throw new IllegalArgumentException("not a recording's path: " + recordingPath);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + recordingPath + ".mp3"))
                .timeout(ANSWER).header("Authorization", authorization).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException slow) {
            throw new Unavailable("Twilio did not answer within " + ANSWER.toSeconds() + " s");
        } catch (IOException failed) {
            throw new Unavailable("Twilio could not be reached: " + failed.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status == 404) {
                throw new NotFound("Twilio answered 404 for the recording");
            }
            if (status != 200) {
                throw new Unavailable("Twilio answered " + status + " for the recording");
            }
            long announced = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (announced > LARGEST_RECORDING_BYTES) {
                throw new TooLarge("the recording is " + announced + " bytes, over " + LARGEST_RECORDING_BYTES);
            }
            return save(body, directory);
        } catch (IOException failed) {
            throw new Unavailable("the recording could not be read: " + failed.getMessage());
        }
    }

    /**
     * {@code DELETE {TWILIO_API_BASE_URL}/2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}.json}: Twilio
     * answers 204 once deleted, and 404 for a recording it does not hold, which is as good.
     */
    @Override
    public void delete(String recordingSid) {
        if (!RECORDING_SID.matcher(recordingSid).matches()) {
            throw new IllegalArgumentException("not a recording's SID: " + recordingSid);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/2010-04-01/Accounts/" + accountSid
                        + "/Recordings/" + recordingSid + ".json"))
                .timeout(ANSWER).header("Authorization", authorization).DELETE().build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (HttpTimeoutException slow) {
            throw new Unavailable("Twilio did not answer within " + ANSWER.toSeconds() + " s");
        } catch (IOException failed) {
            throw new Unavailable("Twilio could not be reached: " + failed.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
        if (status != 204 && status != 200 && status != 404) {
            throw new Unavailable("Twilio answered " + status + " to the deletion");
        }
    }

    /** Copies at most the largest size allowed, whatever the answer announced: past it, nothing is kept. */
    private static Path save(InputStream body, Path directory) throws IOException {
        Path file = Files.createTempFile(directory, "recording-", ".mp3");
        boolean kept = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read = body.read(buffer); read != -1; read = body.read(buffer)) {
                total += read;
                if (total > LARGEST_RECORDING_BYTES) {
                    throw new TooLarge("the recording is over " + LARGEST_RECORDING_BYTES + " bytes");
                }
                out.write(buffer, 0, read);
            }
            kept = true;
            return file;
        } finally {
            if (!kept) {
                Files.deleteIfExists(file);
            }
        }
    }
}
