package bella.adapters.calendar;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.LowLevelHttpRequest;
import com.google.api.client.http.LowLevelHttpResponse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Carries the Google client's requests over the JDK's HTTP client with a hard bound per exchange: the whole exchange
 * (connecting, sending, waiting and reading the body) ends within the timeout, and a body larger than the limit is
 * refused while it arrives. Google's own transports bound each read separately, so a slow trickle could outlast them.
 */
final class BoundedHttpTransport extends HttpTransport {

    private static final Set<String> SKIPPED_HEADERS =
            Set.of("accept-encoding", "connection", "content-length", "expect", "host", "upgrade");

    private final HttpClient client;
    private final Duration timeout;
    private final long maxResponseBytes;

    BoundedHttpTransport(Duration timeout, long maxResponseBytes) {
        this.timeout = timeout;
        this.maxResponseBytes = maxResponseBytes;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public boolean supportsMethod(String method) {
        return true;
    }

    @Override
    protected LowLevelHttpRequest buildRequest(String method, String url) {
        return new Exchange(method, url);
    }

    private final class Exchange extends LowLevelHttpRequest {

        private final String method;
        private final String url;
        private final List<String[]> headers = new ArrayList<>();

        Exchange(String method, String url) {
            this.method = method;
            this.url = url;
        }

        @Override
        public void addHeader(String name, String value) {
            if (!SKIPPED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                headers.add(new String[] {name, value});
            }
        }

        @Override
        public LowLevelHttpResponse execute() throws IOException {
            var request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).method(method, body());
            headers.forEach(header -> request.header(header[0], header[1]));
            if (getContentType() != null) {
                request.header("Content-Type", getContentType());
            }
            if (getContentEncoding() != null) {
                request.header("Content-Encoding", getContentEncoding());
            }
            CompletableFuture<HttpResponse<byte[]>> answer =
                    client.sendAsync(request.build(), info -> capped(maxResponseBytes));
            try {
                return new Answer(answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                answer.cancel(true);
                throw new HttpTimeoutException("no complete answer within " + timeout + " from " + url);
            } catch (InterruptedException e) {
                answer.cancel(true);
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for " + url);
            } catch (ExecutionException e) {
                var cause = e.getCause();
                throw cause instanceof IOException io ? io : new IOException(String.valueOf(cause), cause);
            }
        }

        private HttpRequest.BodyPublisher body() throws IOException {
            if (getStreamingContent() == null) {
                return HttpRequest.BodyPublishers.noBody();
            }
            var bytes = new ByteArrayOutputStream();
            getStreamingContent().writeTo(bytes);
            return HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray());
        }
    }

    private static BodySubscriber<byte[]> capped(long limit) {
        var whole = BodySubscribers.ofByteArray();
        return new BodySubscriber<>() {

            private Flow.Subscription subscription;
            private long received;
            private boolean refused;

            @Override
            public java.util.concurrent.CompletionStage<byte[]> getBody() {
                return whole.getBody();
            }

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                this.subscription = subscription;
                whole.onSubscribe(subscription);
            }

            @Override
            public void onNext(List<ByteBuffer> buffers) {
                if (refused) {
                    return;
                }
                received += buffers.stream().mapToLong(ByteBuffer::remaining).sum();
                if (received > limit) {
                    refused = true;
                    subscription.cancel();
                    whole.onError(new IOException("answer larger than " + limit + " bytes"));
                    return;
                }
                whole.onNext(buffers);
            }

            @Override
            public void onError(Throwable failure) {
                if (!refused) {
                    whole.onError(failure);
                }
            }

            @Override
            public void onComplete() {
                if (!refused) {
                    whole.onComplete();
                }
            }
        };
    }

    private static final class Answer extends LowLevelHttpResponse {

        private final HttpResponse<byte[]> response;
        private final List<Map.Entry<String, String>> headers = new ArrayList<>();

        Answer(HttpResponse<byte[]> response) {
            this.response = response;
            HttpHeaders all = response.headers();
            all.map().forEach((name, values) -> values.forEach(value -> headers.add(Map.entry(name, value))));
        }

        @Override
        public InputStream getContent() {
            return new ByteArrayInputStream(response.body());
        }

        @Override
        public String getContentEncoding() {
            return response.headers().firstValue("content-encoding").orElse(null);
        }

        @Override
        public long getContentLength() {
            return response.body().length;
        }

        @Override
        public String getContentType() {
            return response.headers().firstValue("content-type").orElse(null);
        }

        @Override
        public String getStatusLine() {
            return "HTTP/1.1 " + response.statusCode();
        }

        @Override
        public int getStatusCode() {
            return response.statusCode();
        }

        @Override
        public String getReasonPhrase() {
            return null;
        }

        @Override
        public int getHeaderCount() {
            return headers.size();
        }

        @Override
        public String getHeaderName(int index) {
            return headers.get(index).getKey();
        }

        @Override
        public String getHeaderValue(int index) {
            return headers.get(index).getValue();
        }
    }
}
