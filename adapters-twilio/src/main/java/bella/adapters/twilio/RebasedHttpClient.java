package bella.adapters.twilio;

import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The Twilio SDK's HTTP client, sending every request to {@code baseUrl} (Twilio's own, another region's, or a
 * fake) instead of the {@code https://api.twilio.com} the SDK writes into each request, with bounded time-outs and
 * exactly one try: the SDK and its HTTP library would otherwise retry server errors and rate limits themselves,
 * sleeping between tries, where the outbox
 * already retries with its own pauses and knows to look a text up before sending it again.
 */
final class RebasedHttpClient extends HttpClient {

    private final String baseUrl;
    private final NetworkHttpClient network;

    RebasedHttpClient(String baseUrl, Duration connectTimeout, Duration answerTimeout) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        // Apache's client would otherwise repeat a POST answered 429 or 503 by itself, a second later
        this.network = new NetworkHttpClient(HttpClientBuilder.create()
                .disableAutomaticRetries()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setSocketTimeout(Timeout.of(answerTimeout))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(answerTimeout)).build()));
    }

    @Override
    public Response makeRequest(Request request) {
        return network.makeRequest(rebased(request));
    }

    @Override
    public Response reliableRequest(Request request, int[] retryCodes, int retries, long delayMillis) {
        return makeRequest(request);
    }

    private Request rebased(Request request) {
        Request rebased = new Request(request.getMethod(), baseUrl + pathOf(request.getUrl()));
        copy(request.getQueryParams(), rebased::addQueryParam);
        copy(request.getPostParams(), rebased::addPostParam);
        copy(request.getHeaderParams(), rebased::addHeaderParam);
        if (request.getAuthStrategy() != null) {
            rebased.setAuth(request.getAuthStrategy());
        } else if (request.getUsername() != null) {
            rebased.setAuth(request.getUsername(), request.getPassword());
        }
        rebased.setContentType(request.getContentType());
        rebased.setBody(request.getBody());
        return rebased;
    }

    private static String pathOf(String url) {
        try {
            URL parsed = URI.create(url).toURL();
            return parsed.getQuery() == null ? parsed.getPath() : parsed.getPath() + "?" + parsed.getQuery();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL the Twilio SDK makes: " + url, e);
        }
    }

    private static void copy(Map<String, List<String>> from, BiConsumer<String, String> to) {
        from.forEach((name, values) -> values.forEach(value -> to.accept(name, value)));
    }
}
