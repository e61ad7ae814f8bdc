package bella.adapters.twilio;

import bella.application.texts.TextMessages;
import com.twilio.base.Page;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Texts through Twilio's Messages API with the official SDK: {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json}
 * to send, the same resource's list (by recipient and sender, newest first) to find a text whose answer was lost.
 *
 * <p>Twilio's documented Messages API takes no idempotency key, so a text is recognised by what identifies it:
 * the same recipient, sender and body, created since its first attempt.
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

    private final TwilioRestClient client;
    private final PhoneNumber from;
    private final URI statusCallback;

    /**
     * @param apiBaseUrl     where Twilio's API answers ({@link #TWILIO_API}, or a fake)
     * @param statusCallback where Twilio reports each text's delivery, or null for no reports
     */
    public TwilioTextMessages(String accountSid, String authToken, String from, String apiBaseUrl,
                              URI statusCallback) {
        this.client = new TwilioRestClient.Builder(accountSid, authToken)
                .httpClient(new RebasedHttpClient(apiBaseUrl, CONNECT_TIMEOUT, ANSWER_TIMEOUT))
                .build();
        this.from = new PhoneNumber(from);
        this.statusCallback = statusCallback;
    }

    @Override
    public String send(String to, String body) {
        var creator = Message.creator(new PhoneNumber(to), from, body);
        if (statusCallback != null) {
            creator.setStatusCallback(statusCallback);
        }
        try {
            return creator.create(client).getSid();
        } catch (TwilioException e) {
            throw failed(e);
        }
    }

    @Override
    public Optional<String> alreadySent(String to, String body, Instant since) {
        try {
            Page<Message> newest = Message.reader().setTo(new PhoneNumber(to)).setFrom(from).setPageSize(LOOKED_AT)
                    .firstPage(client);
            Instant after = since.minus(CLOCK_SKEW);
            return newest.getRecords().stream()
                    .filter(message -> body.equals(message.getBody()))
                    .filter(message -> message.getDateCreated() == null
                            || !message.getDateCreated().toInstant().isBefore(after))
                    .map(Message::getSid).findFirst();
        } catch (TwilioException e) {
            throw failed(e);
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
