package bella.bootstrap;

import bella.adapters.calendar.GoogleCalendar;
import bella.adapters.calendar.GoogleCalendarSettings;
import bella.application.appointments.Appointments;
import bella.application.calendar.CalendarMirror;
import bella.application.calendar.CalendarOutbox;
import bella.application.calendar.WhenAppointmentChangesThenQueueForCalendar;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The owner's Google Calendar, when GOOGLE_CALENDAR_ENABLED=true: its busy times count against availability, and
 * every booking, move and cancellation is queued and mirrored into it after the fact.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "GOOGLE_CALENDAR_ENABLED", havingValue = "true")
class GoogleCalendarWiring {

    private static final Logger log = LoggerFactory.getLogger(GoogleCalendarWiring.class);
    /** How often the queue of calendar changes is looked at; a change reaches the calendar within about this. */
    private static final Duration MIRROR_EVERY = Duration.ofSeconds(1);

    /** The calendar, and {@code bella.calendar.failing}: 1 while questions to it are skipped after a failure. */
    @Bean
    GoogleCalendar googleCalendar(Environment env, Settings settings, Clock clock, MeterRegistry registry) {
        GoogleCalendar calendar = calendar(env, settings.rules().zone(), clock);
        Gauge.builder("bella.calendar.failing", calendar, failing -> failing.failing() ? 1 : 0)
                .description("1 while Google Calendar failed moments ago and availability goes on without it")
                .register(registry);
        return calendar;
    }

    /**
     * The calendar the GOOGLE_* settings describe, its key read at once: the start-up check calls this too, so a
     * mistake in any of them is one line naming it before anything starts.
     */
    static GoogleCalendar calendar(Environment env, ZoneId zone, Clock clock) {
        String key = env.getProperty("GOOGLE_SERVICE_ACCOUNT_JSON", "");
        if (key.isBlank()) {
            throw new BadSetting("GOOGLE_SERVICE_ACCOUNT_JSON", "", "the service account's key file (path or JSON) "
                    + "when GOOGLE_CALENDAR_ENABLED=true");
        }
        Duration timeout = Duration.ofMillis(Settings.whole("GOOGLE_CALENDAR_TIMEOUT_MS",
                env.getProperty("GOOGLE_CALENDAR_TIMEOUT_MS", "2000"), 1, Integer.MAX_VALUE));
        String subject = env.getProperty("GOOGLE_CALENDAR_SUBJECT", "");
        if (!subject.isBlank() && !GoogleCalendarSettings.isEmailAddress(subject.strip())) {
            throw new BadSetting("GOOGLE_CALENDAR_SUBJECT", subject, "the email address of the Google Workspace user "
                    + "the service account acts for (domain-wide delegation), or nothing");
        }
        try {
            return GoogleCalendar.from(new GoogleCalendarSettings(key, env.getProperty("GOOGLE_CALENDAR_ID", "primary"),
                    env.getProperty("BUSINESS_EMAIL"), subject, zone, env.getProperty("GOOGLE_API_ROOT_URL"),
                    timeout, null), clock);
        } catch (IllegalArgumentException e) {
            throw new BadSetting("GOOGLE_SERVICE_ACCOUNT_JSON", "(not shown)", e.getMessage());
        }
    }

    @Bean
    WhenAppointmentChangesThenQueueForCalendar queueCalendarChanges(CalendarOutbox outbox,
                                                                    Appointments appointments, Settings settings,
                                                                    Clock clock) {
        return new WhenAppointmentChangesThenQueueForCalendar(outbox, appointments, settings.businessName(), clock);
    }

    @Bean
    CalendarMirror calendarMirror(CalendarOutbox outbox, GoogleCalendar calendar, CommandGateway commands,
                                  Clock clock) {
        return new CalendarMirror(outbox, calendar, calendar, commands, clock);
    }

    /** One thread writes the queue out; it holds no transaction while it waits on Google. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService calendarMirrorWorker(CalendarMirror mirror) {
        ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
                runnable -> new Thread(runnable, "calendar-mirror"));
        worker.scheduleWithFixedDelay(() -> {
            try {
                mirror.writeDue();
            } catch (RuntimeException unexpected) {
                log.error("Mirroring to Google Calendar failed; the queue keeps the changes for the next try",
                        unexpected);
            }
        }, MIRROR_EVERY.toMillis(), MIRROR_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return worker;
    }
}
