package bella.adapters.twilio;

import bella.application.conversation.Receptionist;
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

/**
 * Wires the webhooks, in the language and voice the settings chose, and their signature check from the settings
 * TWILIO_AUTH_TOKEN, PUBLIC_BASE_URL and TRUST_PROXY_HEADERS (the last two exclusive, as checked at start-up).
 */
@Configuration
public class TwilioConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TwilioConfiguration.class);

    @Bean
    VoiceWebhooks voiceWebhooks(Receptionist receptionist, TwilioVoice voice,
                                @Value("${OWNER_PHONE:}") String ownerPhone, ObjectProvider<Recordings> recordings,
                                ObjectProvider<Transcriber> transcriber) {
        return new VoiceWebhooks(receptionist, voice, ownerPhone.isBlank() ? null : ownerPhone.strip(),
                recordings.getIfAvailable(), transcriber.getIfAvailable());
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
        return registration;
    }
}
