package bella.adapters.twilio;

import bella.application.texts.TextMessages;
import com.twilio.base.Page;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Texts through Twilio's Messages API with the official SDK: {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json}
 * to send, the same resource's list (by recipient and sender, newest first) to find a text whose answer was lost.
 *
 * <p>Twilio's documented Messages API takes no idempotency key, so a text is recognised by what identifies it:
 * the same recipient, sender and body, created since its first attempt.
 *
 * <p>Outages. Each exchange is bounded by the HTTP client ({@link #CONNECT_TIMEOUT}, {@link #ANSWER_TIMEOUT}), and
 * all go through one circuit breaker: after {@value #FAILURES_TO_OPEN} exchanges in a row that may not have been
 * taken (time-outs, lost connections, 5xx), Twilio is not asked at all for {@link #OPEN_FOR}, and each text due
 * meanwhile fails at once as surely not taken, so the outbox keeps it for its next try instead of waiting out a
 * time-out per text. Then one exchange probes Twilio, and an answer closes the breaker. A refusal or a rate limit is
 * Twilio answering, not an outage. Texts are sent by the outbox's worker, never while a caller waits.
 */
public final class TwilioTextMessages implements TextMessages {

    public static final String TWILIO_API = "https://api.twilio.com";
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);
    /** Texts to one caller from the business are few: the newest this many cover any lost answer. */
    private static final long LOOKED_AT = 50;
    /** Twilio's clock and Bella's may differ by this much. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    private static final int TOO_MANY_REQUESTS = 429;
    static final int FAILURES_TO_OPEN = 3;
    static final Duration OPEN_FOR = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(TwilioTextMessages.class);

    private final TwilioRestClient client;
    private final PhoneNumber from;
    private final URI statusCallback;
    private final CircuitBreaker breaker;

    /**
     * @param apiBaseUrl     where Twilio's API answers ({@link #TWILIO_API}, or a fake)
     * @param statusCallback where Twilio reports each text's delivery, or null for no reports
     * @param clock          times the breaker's pause
     */
    public TwilioTextMessages(String accountSid, String authToken, String from, String apiBaseUrl,
                              URI statusCallback, Clock clock) {
        this.client = new TwilioRestClient.Builder(accountSid, authToken)
                .httpClient(new RebasedHttpClient(apiBaseUrl, CONNECT_TIMEOUT, ANSWER_TIMEOUT))
                .build();
        this.from = new PhoneNumber(from);
        this.statusCallback = statusCallback;
        this.breaker = CircuitBreaker.of("twilio-messaging", CircuitBreakerConfig.custom()
                .slidingWindow(FAILURES_TO_OPEN, FAILURES_TO_OPEN, CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(100)
                .recordException(e -> e instanceof SendFailed failed && failed.outcome() == Outcome.UNKNOWN)
                .waitDurationInOpenState(OPEN_FOR)
                .permittedNumberOfCallsInHalfOpenState(1)
                .clock(clock)
                .build());
        breaker.getEventPublisher().onStateTransition(event -> {
            switch (event.getStateTransition().getToState()) {
                case OPEN -> log.warn("Twilio's Messages API is failing; texts wait in the outbox and Twilio is "
                        + "asked again in {} s", OPEN_FOR.toSeconds());
                case CLOSED -> log.info("Twilio's Messages API answers again; texts go out");
                default -> {
                }
            }
        });
    }

    /** Whether Twilio is not being asked, or only probed, because it failed. */
    public boolean failing() {
        return breaker.getState() != CircuitBreaker.State.CLOSED;
    }

    @Override
    public String send(String to, String body) {
        var creator = Message.creator(new PhoneNumber(to), from, body);
        if (statusCallback != null) {
            creator.setStatusCallback(statusCallback);
        }
        return guarded(() -> creator.create(client).getSid());
    }

    @Override
    public Optional<String> alreadySent(String to, String body, Instant since) {
        return guarded(() -> {
            Page<Message> newest = Message.reader().setTo(new PhoneNumber(to)).setFrom(from).setPageSize(LOOKED_AT)
                    .firstPage(client);
            Instant after = since.minus(CLOCK_SKEW);
            return newest.getRecords().stream()
                    .filter(message -> body.equals(message.getBody()))
                    .filter(message -> message.getDateCreated() == null
                            || !message.getDateCreated().toInstant().isBefore(after))
                    .map(Message::getSid).findFirst();
        });
    }

    /** One exchange with Twilio through the breaker, its failures told as {@link SendFailed}. */
    private <T> T guarded(Supplier<T> exchange) {
        try {
            return breaker.executeSupplier(() -> {
                try {
                    return exchange.get();
                } catch (TwilioException e) {
                    throw failed(e);
                }
            });
        } catch (CallNotPermittedException open) {
            throw new SendFailed(Outcome.NOT_TAKEN, null, "Twilio was not asked: it failed " + FAILURES_TO_OPEN
                    + " times in a row moments ago", open);
        }
    }

    /**
     * Twilio's answer decides what may follow: 429 surely took nothing; any other 4xx is a refusal that would recur
     * (21211 invalid number, 21610 opted out, 21408 no permission for the region, 20003 bad credentials); a 5xx, a
     * time-out or an unreadable answer may have taken the text.
     */
    private static SendFailed failed(TwilioException e) {
        Integer status = e instanceof ApiException api ? api.getStatusCode() : null;
        Integer code = e instanceof ApiException api ? api.getCode() : null;
        Outcome outcome;
        if (status == null || status >= 500) {
            outcome = Outcome.UNKNOWN;
        } else if (status == TOO_MANY_REQUESTS) {
            outcome = Outcome.NOT_TAKEN;
        } else if (status >= 400) {
            outcome = Outcome.REFUSED;
        } else {
            outcome = Outcome.UNKNOWN;
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new SendFailed(outcome, code, status == null ? reason : reason + " (HTTP " + status + ")", e);
    }
}
