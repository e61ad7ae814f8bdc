package bella.adapters.twilio;

import bella.application.conversation.Receptionist;
import bella.application.limits.RateLimit;
import bella.application.answers.RecordedAnswers;
import bella.application.messages.Recordings;
import bella.application.messages.Transcriber;
import bella.application.texts.TextOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Wires the webhooks, in the language and voice the settings chose, and their signature check from the settings
 * TWILIO_AUTH_TOKEN, PUBLIC_BASE_URL and TRUST_PROXY_HEADERS (the last two exclusive, as checked at start-up).
 */
@Configuration
public class TwilioConfiguration {

    /**
     * Per caller's number, a minute: a call makes one webhook to start, one per turn and a status report; a turn is
     * a question spoken and an answer heard, some seconds even for one key, so a real call stays well under 20 a
     * minute. Anything faster is a machine (a dialler calling again and again, a call caught in a loop).
     */
    static final int PER_CALLER = 30;
    /**
     * Per address, a minute: Twilio sends every caller's webhooks from a few shared addresses, so this must let
     * through the business's busiest moment: 600 is 40 calls at once, each answering every 4 seconds.
     */
    static final int PER_ADDRESS = 600;
    /** After the meters and the call SID in the log (order 0), which time and name a refused webhook too. */
    private static final int SIGNATURE_CHECK = 10;
    private static final Logger log = LoggerFactory.getLogger(TwilioConfiguration.class);

    @Bean
    VoiceWebhooks voiceWebhooks(Receptionist receptionist, TwilioVoice voice,
                                @Value("${OWNER_PHONE:}") String ownerPhone, ObjectProvider<Recordings> recordings,
                                ObjectProvider<Transcriber> transcriber, ObjectProvider<RecordedAnswers> answers) {
        return new VoiceWebhooks(receptionist, voice, ownerPhone.isBlank() ? null : ownerPhone.strip(),
                recordings.getIfAvailable(), transcriber.getIfAvailable(), answers.getIfAvailable());
    }

    @Bean
    SmsStatusWebhook smsStatusWebhook(TextOutbox outbox) {
        return new SmsStatusWebhook(outbox);
    }

    /** Covers the whole path prefix, so every webhook added under /twilio/ is checked without being listed. */
    @Bean
    FilterRegistrationBean<TwilioSignatures> twilioSignatures(@Value("${TWILIO_AUTH_TOKEN:}") String authToken,
                                                              @Value("${PUBLIC_BASE_URL:}") String publicBaseUrl,
                                                              @Value("${TRUST_PROXY_HEADERS:false}")
                                                              boolean trustProxyHeaders) {
        if (authToken.isBlank()) {
            log.warn("TWILIO_AUTH_TOKEN is not set: Twilio webhooks are NOT verified and are served to this "
                    + "machine (loopback) only. Set TWILIO_AUTH_TOKEN before exposing Bella to Twilio.");
        }
        RequestedUrls urls = !publicBaseUrl.isBlank() ? RequestedUrls.under(publicBaseUrl)
                : trustProxyHeaders ? RequestedUrls.fromForwardedHeaders() : RequestedUrls.asReceived();
        var filter = new TwilioSignatures(authToken.isBlank() ? null : authToken, urls);
        var registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/twilio/*");
        registration.setOrder(SIGNATURE_CHECK);
        return registration;
    }

    /** WEBHOOK_LIMIT_PER_ADDRESS: see {@link WebhookLimits#perAddress}. */
    @Bean
    FilterRegistrationBean<WebhookLimits> webhookLimitPerAddress(
            @Value("${WEBHOOK_LIMIT_PER_ADDRESS:" + PER_ADDRESS + "}") long perMinute,
            @Value("${TRUST_PROXY_HEADERS:false}") boolean trustProxyHeaders, TwilioVoice voice, Clock clock) {
        var registration = new FilterRegistrationBean<>(WebhookLimits.perAddress(RateLimit.perMinute(perMinute, clock),
                trustProxyHeaders, new TwimlReplies(voice)));
        registration.addUrlPatterns("/twilio/*");
        registration.setOrder(SIGNATURE_CHECK - 1);
        return registration;
    }

    /** WEBHOOK_LIMIT_PER_CALLER: see {@link WebhookLimits#perCaller}. */
    @Bean
    FilterRegistrationBean<WebhookLimits> webhookLimitPerCaller(
            @Value("${WEBHOOK_LIMIT_PER_CALLER:" + PER_CALLER + "}") long perMinute, TwilioVoice voice, Clock clock) {
        var registration = new FilterRegistrationBean<>(WebhookLimits.perCaller(RateLimit.perMinute(perMinute, clock),
                new TwimlReplies(voice)));
        registration.addUrlPatterns("/twilio/*");
        registration.setOrder(SIGNATURE_CHECK + 1);
        return registration;
    }
}
