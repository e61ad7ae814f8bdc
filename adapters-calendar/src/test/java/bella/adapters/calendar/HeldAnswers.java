package bella.adapters.calendar;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A fake of Google of its own, for one test, that holds the answers {@linkplain #holdAnswer marked so} until the test
 * ends: Google answering too late, without betting on how long "too late" takes. A held exchange can only end by the
 * client giving up, however fast or slow the machine. Being a server apart, what it serves after the test never
 * reaches another test's fake.
 */
final class HeldAnswers implements ResponseTransformerV2, AutoCloseable {

    private static final String NAME = "held-until-the-test-ends";
    /** Only a safety net: the fake must not keep a thread forever if a test never ends. */
    private static final long LONGEST_HOLD_SECONDS = 120;

    private final CountDownLatch arrived = new CountDownLatch(1);
    private final AtomicInteger arrivals = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().extensions(this));

    HeldAnswers() {
        server.start();
    }

    String baseUrl() {
        return server.baseUrl();
    }

    /** Answers the request at once. */
    void answer(MappingBuilder request, ResponseDefinitionBuilder answer) {
        server.stubFor(request.willReturn(answer));
    }

    /** Answers the request only when the test has ended. */
    void holdAnswer(MappingBuilder request, ResponseDefinitionBuilder answer) {
        server.stubFor(request.willReturn(answer.withTransformers(NAME)));
    }

    /** Whether a held request reached the fake, i.e. the client was waiting on Google itself when it gave up. */
    boolean arrived() {
        return arrived.getCount() == 0;
    }

    /** How many held requests reached the fake. */
    int arrivals() {
        return arrivals.get();
    }

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        arrivals.incrementAndGet();
        arrived.countDown();
        try {
            released.await(LONGEST_HOLD_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return response;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void close() {
        released.countDown();
        server.stop();
    }
}
