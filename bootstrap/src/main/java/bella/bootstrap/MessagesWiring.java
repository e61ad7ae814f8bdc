package bella.bootstrap;

import bella.adapters.speech.WhisperSpeechToText;
import bella.adapters.twilio.TwilioRecordings;
import bella.application.answers.RecordedAnswers;
import bella.application.forgetting.RecordingDeleter;
import bella.application.forgetting.RecordingDeletions;
import bella.application.messages.Messages;
import bella.application.messages.MessagesProjection;
import bella.application.messages.Transcriber;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A person or a message: OWNER_PHONE, rung for a caller who asks for a person while the business is open, and, with
 * CALL_RECORDING_ENABLED=true, messages recorded, fetched from Twilio and transcribed by Whisper (WHISPER_BASE_URL,
 * OPENAI_API_KEY). The owner's list of messages is kept either way, empty while nothing is recorded.
 */
@Configuration(proxyBeanMethods = false)
class MessagesWiring {

    private static final Logger log = LoggerFactory.getLogger(MessagesWiring.class);
    /** How often pending messages, and recordings to delete, are looked at. */
    private static final Duration LOOK_EVERY = Duration.ofSeconds(1);
    private static final int ANSWER_WORKERS = 8;
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");

    /**
     * What messages need from the settings.
     *
     * @param ownerPhone the owner's phone in E.164, or null: then no caller is put through
     * @param recording  whether calls may be recorded; the rest is null when they may not
     */
    record MessageSettings(String ownerPhone, boolean recording, String twilioApi, String accountSid,
                           String authToken, String whisperBaseUrl, String openAiKey) {
    }

    /** The settings, checked; the start-up check calls this too, so a mistake is one line naming the setting. */
    static MessageSettings settings(Environment env) {
        String owner = env.getProperty("OWNER_PHONE", "").strip();
        if (!owner.isEmpty() && !E164.matcher(owner).matches()) {
            throw new BadSetting("OWNER_PHONE", owner, "the phone to put callers through to, in E.164, such as "
                    + "+14165550100");
        }
        String ownerPhone = owner.isEmpty() ? null : owner;
        String enabled = env.getProperty("CALL_RECORDING_ENABLED", "false").strip();
        if (!enabled.equalsIgnoreCase("true") && !enabled.equalsIgnoreCase("false")) {
            throw new BadSetting("CALL_RECORDING_ENABLED", enabled, "true or false");
        }
        if (!Boolean.parseBoolean(enabled)) {
            return new MessageSettings(ownerPhone, false, null, null, null, null, null);
        }
        String sid = env.getProperty("TWILIO_ACCOUNT_SID", "").strip();
        String token = env.getProperty("TWILIO_AUTH_TOKEN", "").strip();
        if (!ACCOUNT_SID.matcher(sid).matches() || token.isEmpty()) {
            throw new BadSetting("CALL_RECORDING_ENABLED=true needs TWILIO_ACCOUNT_SID (AC and 32 hexadecimal "
                    + "digits) and TWILIO_AUTH_TOKEN, to fetch the recordings of messages");
        }
        String whisper = env.getProperty("WHISPER_BASE_URL", "").strip();
        String key = env.getProperty("OPENAI_API_KEY", "").strip();
        if (whisper.isEmpty() && key.isEmpty()) {
            throw new BadSetting("CALL_RECORDING_ENABLED=true needs OPENAI_API_KEY to transcribe messages with "
                    + "OpenAI's Whisper, or WHISPER_BASE_URL naming a Whisper server of your own");
        }
        StartupCheck.baseUrl("WHISPER_BASE_URL", whisper);
        String api = env.getProperty("TWILIO_API_BASE_URL", "").strip();
        return new MessageSettings(ownerPhone, true, api.isEmpty() ? TwilioRecordings.TWILIO_API : api, sid, token,
                whisper.isEmpty() ? WhisperSpeechToText.OPENAI : whisper, key.isEmpty() ? null : key);
    }

    @Bean
    MessageSettings messageSettings(Environment env) {
        MessageSettings settings = settings(env);
        log.info("A person: {}; messages: {}", settings.ownerPhone() == null
                        ? "none to put callers through to (set OWNER_PHONE)" : "callers are put through to "
                        + settings.ownerPhone() + " while the business is open",
                settings.recording() ? "recorded, transcribed by " + settings.whisperBaseUrl()
                        : "not taken, as calls are not recorded (CALL_RECORDING_ENABLED=false)");
        return settings;
    }

    @Bean
    MessagesProjection messagesProjection(Messages messages) {
        return new MessagesProjection(messages);
    }

    /** Recording, fetching and transcribing: only where callers are told that calls may be recorded. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(RecordingOn.class)
    static class Recording {

        @Bean
        TwilioRecordings twilioRecordings(MessageSettings settings) {
            return new TwilioRecordings(settings.twilioApi(), settings.accountSid(), settings.authToken());
        }

        @Bean
        WhisperSpeechToText whisper(MessageSettings settings) {
            return new WhisperSpeechToText(settings.whisperBaseUrl(), settings.openAiKey());
        }

        @Bean
        Transcriber transcriber(Messages messages, TwilioRecordings recordings, WhisperSpeechToText whisper,
                                CommandGateway commands, Clock clock) {
            return new Transcriber(messages, recordings, whisper, commands, recordingsDirectory(), clock);
        }

        /**
         * Answers said again after the tone, fetched and transcribed while the caller waits, on threads of their
         * own: as many as callers who may be asked to repeat themselves at one moment; more wait their turn, within
         * the same bound.
         */
        @Bean
        RecordedAnswers recordedAnswers(TwilioRecordings recordings, WhisperSpeechToText whisper,
                                        ExecutorService answerTranscribing, Clock clock) {
            return new RecordedAnswers(recordings, whisper, recordingsDirectory(), answerTranscribing, clock);
        }

        @Bean(destroyMethod = "shutdownNow")
        ExecutorService answerTranscribing() {
            return Executors.newFixedThreadPool(ANSWER_WORKERS, runnable -> {
                Thread thread = new Thread(runnable, "answer-transcriber");
                thread.setDaemon(true);
                return thread;
            });
        }

        @Bean
        RecordingDeleter recordingDeleter(RecordingDeletions deletions, TwilioRecordings recordings,
                                          EventStore events, CommandGateway commands, Clock clock) {
            return new RecordingDeleter(deletions, recordings, events, commands, clock);
        }

        /** One thread deletes forgotten people's recordings at Twilio, holding no transaction while it waits. */
        @Bean(destroyMethod = "shutdownNow")
        ScheduledExecutorService recordingDeleting(RecordingDeleter deleter) {
            ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
                    runnable -> new Thread(runnable, "recording-deleter"));
            worker.scheduleWithFixedDelay(() -> {
                try {
                    deleter.deleteDue();
                } catch (RuntimeException unexpected) {
                    log.error("Deleting recordings at Twilio failed; they stay queued for the next try", unexpected);
                }
            }, LOOK_EVERY.toMillis(), LOOK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
            return worker;
        }

        /** One thread transcribes; it holds no transaction while it waits on Twilio or Whisper. */
        @Bean(destroyMethod = "shutdownNow")
        ScheduledExecutorService transcribing(Transcriber transcriber) {
            ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
                    runnable -> new Thread(runnable, "transcriber"));
            worker.scheduleWithFixedDelay(() -> {
                try {
                    transcriber.transcribeDue();
                } catch (RuntimeException unexpected) {
                    log.error("Transcribing messages failed; they stay pending for the next try", unexpected);
                }
            }, LOOK_EVERY.toMillis(), LOOK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
            return worker;
        }

        /** A directory only this user can open: callers' voices stay there only while they are transcribed. */
        private static Path recordingsDirectory() {
            try {
                return Files.createTempDirectory("bella-recordings-",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException notPosix) {
                try {
                    return Files.createTempDirectory("bella-recordings-");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static final class RecordingOn implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return settings(context.getEnvironment()).recording();
        }
    }
}
