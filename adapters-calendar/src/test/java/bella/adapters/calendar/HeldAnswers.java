package bella.adapters.calendar;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A WireMock extension that holds the answer of a stub marked {@link #held} until the test releases it: Google
 * answering too late, without the test betting on how long "too late" takes. A held exchange can only end by the
 * client giving up, however fast or slow the machine.
 */
final class HeldAnswers implements ResponseTransformerV2 {

    private static final String NAME = "held-until-released";
    /** Only a safety net: a test that forgets to release must not keep WireMock's thread forever. */
    private static final long LONGEST_HOLD_SECONDS = 120;

    private volatile CountDownLatch arrived = new CountDownLatch(1);
    private volatile CountDownLatch released = new CountDownLatch(1);

    /** The answer, held until {@link #release()}. */
    static ResponseDefinitionBuilder held(ResponseDefinitionBuilder answer) {
        return answer.withTransformers(NAME);
    }

    /** Ready for the next test: nothing has arrived, and what arrives is held again. */
    void reset() {
        release();
        arrived = new CountDownLatch(1);
        released = new CountDownLatch(1);
    }

    /** Whether a held request reached the fake, i.e. the client was waiting on Google itself when it gave up. */
    boolean arrived() {
        return arrived.getCount() == 0;
    }

    void release() {
        released.countDown();
    }

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        CountDownLatch hold = released;
        arrived.countDown();
        try {
            hold.await(LONGEST_HOLD_SECONDS, TimeUnit.SECONDS);
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
}
