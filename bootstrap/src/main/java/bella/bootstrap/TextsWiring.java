package bella.bootstrap;

import bella.adapters.twilio.TwilioTextMessages;
import bella.application.texts.TextSender;
import bella.application.texts.TextWording;
import bella.application.texts.TextOutbox;
import bella.application.texts.WhenAppointmentChangesThenText;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Texts through Twilio, when TWILIO_ACCOUNT_SID and TWILIO_PHONE_NUMBER are set: every booking, move and
 * cancellation is queued and texted to the caller after the fact, and a reminder REMINDER_BEFORE each appointment.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TextsWiring.On.class)
class TextsWiring {

    private static final Logger log = LoggerFactory.getLogger(TextsWiring.class);
    /** How often the queue of texts is looked at; a text leaves within about this after its change. */
    private static final Duration SEND_EVERY = Duration.ofSeconds(1);
    private static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    /** A day ahead: time to rearrange a day, and the caller still remembers booking. */
    static final Duration DEFAULT_REMINDER_BEFORE = Duration.ofHours(24);

    /** What texts need from the settings. */
    record TextSettings(String accountSid, String authToken, String from, String apiBaseUrl, URI statusCallback,
                        Duration reminderBefore) {
    }

    /**
     * The texts the TWILIO_* settings describe, or null when texts are off (no account SID or no number); the
     * start-up check calls this too, so a mistake in any of them is one line naming it before anything starts.
     */
    static TextSettings settings(Environment env) {
        Duration reminderBefore = reminderBefore(env.getProperty("REMINDER_BEFORE", "").strip());
        String sid = env.getProperty("TWILIO_ACCOUNT_SID", "").strip();
        String from = env.getProperty("TWILIO_PHONE_NUMBER", "").strip();
        if (sid.isEmpty() || from.isEmpty()) {
            return null;
        }
        if (!ACCOUNT_SID.matcher(sid).matches()) {
            throw new BadSetting("TWILIO_ACCOUNT_SID", sid, "the account's SID: AC and 32 hexadecimal digits");
        }
        if (!E164.matcher(from).matches()) {
            throw new BadSetting("TWILIO_PHONE_NUMBER", from, "the business's Twilio number in E.164, such as "
                    + "+16475550000");
        }
        String token = env.getProperty("TWILIO_AUTH_TOKEN", "").strip();
        if (token.isEmpty()) {
            throw new BadSetting("TWILIO_AUTH_TOKEN is not set: texts need it beside TWILIO_ACCOUNT_SID and "
                    + "TWILIO_PHONE_NUMBER");
        }
        String base = env.getProperty("TWILIO_API_BASE_URL", "").strip();
        String publicBase = env.getProperty("PUBLIC_BASE_URL", "").strip().replaceAll("/+$", "");
        return new TextSettings(sid, token, from, base.isEmpty() ? TwilioTextMessages.TWILIO_API : base,
                publicBase.isEmpty() ? null : URI.create(publicBase + "/twilio/sms-status"), reminderBefore);
    }

    private static Duration reminderBefore(String setting) {
        if (setting.isEmpty()) {
            return DEFAULT_REMINDER_BEFORE;
        }
        try {
            Duration before = Duration.parse(setting);
            if (!before.isNegative() && !before.isZero()) {
                return before;
            }
        } catch (DateTimeParseException unreadable) {
            // named below
        }
        throw new BadSetting("REMINDER_BEFORE", setting,
                "an ISO-8601 duration longer than zero, such as PT24H, PT2H30M or P2D");
    }

    /** Texts through Twilio, and {@code bella.texts.failing}: 1 while Twilio is not asked after failing. */
    @Bean
    TwilioTextMessages twilioTextMessages(Environment env, Clock clock, MeterRegistry registry) {
        TextSettings texts = settings(env);
        log.info("Texts are on: sent from {} through {}, reminders {} before{}", texts.from(), texts.apiBaseUrl(),
                texts.reminderBefore(), texts.statusCallback() == null
                        ? " (no delivery reports without PUBLIC_BASE_URL)" : "");
        TwilioTextMessages messages = new TwilioTextMessages(texts.accountSid(), texts.authToken(), texts.from(),
                texts.apiBaseUrl(), texts.statusCallback(), clock);
        Gauge.builder("bella.texts.failing", messages, failing -> failing.failing() ? 1 : 0)
                .description("1 while Twilio's Messages API failed moments ago and texts wait in the outbox")
                .register(registry);
        return messages;
    }

    @Bean
    WhenAppointmentChangesThenText queueTexts(TextOutbox outbox, EventStore events, Settings settings, Clock clock,
                                              Environment env) {
        return new WhenAppointmentChangesThenText(outbox, events,
                new TextWording(settings.businessName(), settings.rules().zone()), settings(env).reminderBefore(),
                clock);
    }

    /**
     * The texting processor starts at the newest event the first time it runs, not the oldest: turning texts on
     * must not text every caller who ever booked.
     */
    @Bean
    ConfigurerModule textsFromNowOn() {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                WhenAppointmentChangesThenText.PROCESSING_GROUP,
                axon -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }

    @Bean
    TextSender textSender(TextOutbox outbox, TwilioTextMessages messages, CommandGateway commands,
                                        Clock clock) {
        return new TextSender(outbox, messages, commands, clock);
    }

    /** One thread sends the queue; it holds no transaction while it waits on Twilio. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService textSending(TextSender texts) {
        ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
                runnable -> new Thread(runnable, "text-sender"));
        worker.scheduleWithFixedDelay(() -> {
            try {
                texts.sendDue();
            } catch (RuntimeException unexpected) {
                log.error("Sending texts failed; the queue keeps them for the next try", unexpected);
            }
        }, SEND_EVERY.toMillis(), SEND_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return worker;
    }

    /** Texts are on when the account and the number to send from are set. */
    static final class On implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return settings(context.getEnvironment()) != null;
        }
    }

    /** Says once, at start, that texts are off and why. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(Off.class)
    static class TextsOff {
        TextsOff() {
            log.info("Texts are off: set TWILIO_ACCOUNT_SID and TWILIO_PHONE_NUMBER to send confirmations and "
                    + "reminders");
        }
    }

    static final class Off implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return settings(context.getEnvironment()) == null;
        }
    }
}
