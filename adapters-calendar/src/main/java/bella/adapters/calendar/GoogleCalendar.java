package bella.adapters.calendar;

import bella.application.availability.Calendar;
import bella.application.calendar.CalendarEntry;
import bella.application.calendar.CalendarEvents;
import bella.domain.booking.Slot;
import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpResponseException;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.CalendarScopes;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import com.google.api.services.calendar.model.EventDateTime;
import com.google.api.services.calendar.model.EventReminder;
import com.google.api.services.calendar.model.FreeBusyCalendar;
import com.google.api.services.calendar.model.FreeBusyRequest;
import com.google.api.services.calendar.model.FreeBusyRequestItem;
import com.google.api.services.calendar.model.TimePeriod;
import com.google.auth.Retryable;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The owner's Google Calendar behind both calendar ports: availability reads its busy times, and each booked
 * appointment is mirrored as one event whose id is derived from the appointment id, so a retry or a reschedule
 * never makes a second event.
 *
 * <p>Bounds. Each HTTP exchange with Google (the service account's token fetch included) must complete within the
 * settings' timeout, {@link GoogleCalendarSettings#DEFAULT_TIMEOUT 2 s} by default, connecting and reading the whole
 * answer included; nothing is retried here. A free/busy question, which a caller's turn waits for, is bounded as a
 * whole by the same timeout (a time limiter around token fetch and query together), so a turn waits on Google at most
 * that long. An answer larger than {@value #MAX_ANSWER_BYTES} bytes is refused. Free/busy answers are reused per
 * window for the settings' {@code cacheFor}, {@link GoogleCalendarSettings#DEFAULT_CACHE_FOR 60 s} by default, for at
 * most {@value #MAX_CACHED_WINDOWS} windows; {@link #forget()} drops them.
 *
 * <p>Outages. Free/busy questions go through a circuit breaker: a failed question opens it, and for
 * {@link #OPEN_FOR} no caller's turn asks Google at all (availability goes on from Bella's own bookings); then one
 * question probes Google while the others go on without it, and the breaker closes when the probe is answered.
 * Each opening is one WARN line, each recovery one INFO line. Writes are not behind the breaker: they run after the
 * fact on the mirror's worker, whose outbox already spaces out its retries.
 *
 * <p>Failures. Reading never throws anything but {@link Calendar.Unavailable}. Writing throws
 * {@link CalendarEvents.MirrorFailed}, retryable for timeouts, lost connections, HTTP 429, 5xx and 403 with reason
 * {@code rateLimitExceeded} or {@code userRateLimitExceeded}; other refusals (400, 401, other 403s, 404) are not.
 *
 * <p>Attendees. Events carry none unless the service account acts for a Workspace user (the settings' subject), and
 * then the business's address: Google refuses attendees to a service account acting as itself (403
 * {@code forbiddenForServiceAccounts}). Should Google refuse them even so (delegation not granted in the Workspace
 * console), the event is written without them, said once in the log, and later events leave them out.
 */
public final class GoogleCalendar implements Calendar, CalendarEvents {

    static final long MAX_ANSWER_BYTES = 1024 * 1024;
    static final int MAX_CACHED_WINDOWS = 256;
    /** How long free/busy questions are skipped after one failed: an outage costs one caller's wait, not each. */
    static final Duration OPEN_FOR = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(GoogleCalendar.class);
    private static final Set<String> RATE_LIMIT_REASONS = Set.of("rateLimitExceeded", "userRateLimitExceeded");
    private static final String ATTENDEES_REFUSED = "forbiddenForServiceAccounts";
    private static final int EMAIL_REMINDER_MINUTES = 24 * 60;
    private static final int POPUP_REMINDER_MINUTES = 30;

    private final com.google.api.services.calendar.Calendar google;
    private final String calendarId;
    /** The business's address while Google takes attendees; empty from the moment it refuses them. */
    private final AtomicReference<Optional<String>> attendee;
    private final ZoneId zone;
    private final Duration cacheFor;
    private final Clock clock;
    private final Map<Slot, Answer> answers = new ConcurrentHashMap<>();
    private final AtomicLong forgotten = new AtomicLong();
    private final CircuitBreaker breaker;
    private final TimeLimiter limiter;
    /** Runs each free/busy question, so the caller's turn can stop waiting on it at the bound. */
    private final ExecutorService questions = Executors.newCachedThreadPool(runnable -> {
        var thread = new Thread(runnable, "google-calendar-freebusy");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<String> lastFailure = new AtomicReference<>("");

    private record Answer(List<Slot> busy, Instant until) {
    }

    GoogleCalendar(GoogleCalendarSettings settings, Clock clock) {
        var transport = new BoundedHttpTransport(settings.timeout(), MAX_ANSWER_BYTES);
        var credentials = credentials(settings.serviceAccountJson(), settings.subject(), transport);
        var builder = new com.google.api.services.calendar.Calendar.Builder(
                transport, GsonFactory.getDefaultInstance(), new HttpCredentialsAdapter(credentials))
                .setApplicationName("Bella");
        if (settings.rootUrl() != null) {
            builder.setRootUrl(settings.rootUrl().endsWith("/") ? settings.rootUrl() : settings.rootUrl() + "/");
        }
        this.google = builder.build();
        this.calendarId = settings.calendarId();
        this.attendee = new AtomicReference<>(settings.attendee());
        this.zone = settings.zone();
        this.cacheFor = settings.cacheFor();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.breaker = CircuitBreaker.of("google-calendar", CircuitBreakerConfig.custom()
                .slidingWindow(1, 1, CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(100)
                .waitDurationInOpenState(OPEN_FOR)
                .permittedNumberOfCallsInHalfOpenState(1)
                .clock(clock)
                .build());
        this.limiter = TimeLimiter.of("google-calendar", TimeLimiterConfig.custom()
                .timeoutDuration(settings.timeout()).cancelRunningFuture(true).build());
        breaker.getEventPublisher().onStateTransition(event -> {
            switch (event.getStateTransition().getToState()) {
                case OPEN -> log.warn("Google Calendar failed ({}); availability goes on from Bella's own bookings "
                        + "and Google is asked again in {} s", lastFailure.get(), OPEN_FOR.toSeconds());
                case CLOSED -> log.info("Google Calendar answers again; availability counts its busy times");
                default -> {
                }
            }
        });
    }

    /**
     * The Google Calendar the settings describe. Reads the service account key at once, so a missing or broken key
     * fails here, at start-up, rather than on the first call; Google itself is not contacted until then. The clock
     * times the pause after a failure.
     *
     * @throws IllegalArgumentException when the service account key cannot be read
     */
    public static GoogleCalendar from(GoogleCalendarSettings settings, Clock clock) {
        return new GoogleCalendar(Objects.requireNonNull(settings, "settings"), clock);
    }

    /** Drops every remembered free/busy answer, so the next question goes to Google; call it after writing. */
    @Override
    public void forget() {
        forgotten.incrementAndGet();
        answers.clear();
    }

    /**
     * Busy times in the window: from a remembered answer for any window that covers it, else from Google, unless the
     * breaker is open (see the class comment).
     */
    @Override
    public List<Slot> busy(Slot window) {
        Objects.requireNonNull(window, "window");
        var asked = clock.instant();
        for (var remembered : answers.entrySet()) {
            if (remembered.getKey().contains(window) && asked.isBefore(remembered.getValue().until())) {
                return remembered.getValue().busy().stream().filter(window::overlaps).toList();
            }
        }
        var generation = forgotten.get();
        List<Slot> busy;
        try {
            busy = breaker.executeCallable(() -> {
                try {
                    return limiter.executeFutureSupplier(() -> questions.submit(() -> askGoogle(window)));
                } catch (Exception e) {
                    throw unavailable(e);
                }
            });
        } catch (CallNotPermittedException open) {
            throw new Unavailable("Google Calendar is not asked while it is failing: " + lastFailure.get(), null);
        } catch (Exception e) {
            throw unavailable(e);
        }
        remember(window, busy, asked, generation);
        return busy;
    }

    /** Whether free/busy questions are being skipped, or only probed, because Google failed. */
    public boolean failing() {
        return breaker.getState() != CircuitBreaker.State.CLOSED;
    }

    /** The failure as the turn sees it, remembered as the reason the breaker gives while it is open. */
    private Unavailable unavailable(Exception failure) {
        var cause = failure instanceof ExecutionException execution && execution.getCause() instanceof Exception inner
                ? inner : failure;
        Unavailable unavailable;
        if (cause instanceof Unavailable already) {
            unavailable = already;
        } else if (cause instanceof TimeoutException) {
            unavailable = new Unavailable("Google Calendar gave no free/busy answer within "
                    + limiter.getTimeLimiterConfig().getTimeoutDuration().toMillis() + " ms", cause);
        } else {
            unavailable = new Unavailable("Google Calendar gave no usable free/busy answer: " + describe(cause), cause);
        }
        // Google's errors carry their JSON on further lines: the first says what failed, and a log line stays one line
        lastFailure.set(unavailable.getMessage().lines().findFirst().orElse(""));
        return unavailable;
    }

    @Override
    public void put(CalendarEntry entry) {
        Objects.requireNonNull(entry, "entry");
        var invited = attendee.get();
        try {
            write(entry, invited);
        } catch (HttpResponseException e) {
            if (invited.isEmpty() || e.getStatusCode() != 403 || !ATTENDEES_REFUSED.equals(reason(e))) {
                throw mirrorFailed("write the event of appointment " + entry.appointmentId(), e);
            }
            if (attendee.compareAndSet(invited, Optional.empty())) {
                log.warn("Google Calendar refuses attendees to the service account (no domain-wide delegation for "
                        + "GOOGLE_CALENDAR_SUBJECT); events are written without inviting {}", invited.get());
            }
            put(entry);
        } catch (IOException | RuntimeException e) {
            throw mirrorFailed("write the event of appointment " + entry.appointmentId(), e);
        }
    }

    /** Inserts the event under its derived id, or patches it when that id exists already (a retry, a move). */
    private void write(CalendarEntry entry, Optional<String> invited) throws IOException {
        var eventId = eventId(entry.appointmentId());
        try {
            google.events().insert(calendarId, event(entry, invited).setId(eventId)).setDisableGZipContent(true)
                    .execute();
        } catch (HttpResponseException e) {
            if (e.getStatusCode() != 409) {
                throw e;
            }
            google.events().patch(calendarId, eventId, event(entry, invited)).setDisableGZipContent(true).execute();
        }
    }

    @Override
    public void remove(String appointmentId) {
        Objects.requireNonNull(appointmentId, "appointmentId");
        try {
            google.events().delete(calendarId, eventId(appointmentId)).execute();
        } catch (HttpResponseException e) {
            if (e.getStatusCode() != 404 && e.getStatusCode() != 410) {
                throw mirrorFailed("delete the event of appointment " + appointmentId, e);
            }
        } catch (IOException | RuntimeException e) {
            throw mirrorFailed("delete the event of appointment " + appointmentId, e);
        }
    }

    /**
     * The calendar event id of an appointment: the lowercase hex SHA-256 of its id, 64 characters, all within the
     * base32hex alphabet (0-9, a-v) that Google requires of client-chosen ids.
     */
    public static String eventId(String appointmentId) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(appointmentId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private List<Slot> askGoogle(Slot window) throws IOException {
        var request = new FreeBusyRequest()
                .setTimeMin(dateTime(window.start()))
                .setTimeMax(dateTime(window.end()))
                .setTimeZone(zone.getId())
                .setItems(List.of(new FreeBusyRequestItem().setId(calendarId)));
        var response = google.freebusy().query(request).setDisableGZipContent(true).execute();
        FreeBusyCalendar calendar = response.getCalendars() == null ? null : response.getCalendars().get(calendarId);
        if (calendar == null) {
            throw new Unavailable("Google Calendar's free/busy answer says nothing about " + calendarId, null);
        }
        if (calendar.getErrors() != null && !calendar.getErrors().isEmpty()) {
            var reasons = calendar.getErrors().stream()
                    .map(error -> error == null ? "unknown" : error.getDomain() + "/" + error.getReason())
                    .collect(Collectors.joining(", "));
            throw new Unavailable("Google Calendar could not read " + calendarId + ": " + reasons, null);
        }
        var busy = new ArrayList<Slot>();
        for (TimePeriod period : calendar.getBusy() == null ? List.<TimePeriod>of() : calendar.getBusy()) {
            var slot = slot(period);
            if (slot.overlaps(window)) {
                busy.add(slot);
            }
        }
        return List.copyOf(busy);
    }

    private static Slot slot(TimePeriod period) {
        if (period == null || period.getStart() == null || period.getEnd() == null
                || period.getStart().isDateOnly() || period.getEnd().isDateOnly()) {
            throw new Unavailable("Google Calendar answered a busy period without start and end times: " + period,
                    null);
        }
        return new Slot(Instant.ofEpochMilli(period.getStart().getValue()),
                Instant.ofEpochMilli(period.getEnd().getValue()));
    }

    private void remember(Slot window, List<Slot> busy, Instant asked, long generation) {
        if (cacheFor.isZero()) {
            return;
        }
        answers.values().removeIf(answer -> !asked.isBefore(answer.until()));
        if (answers.size() >= MAX_CACHED_WINDOWS) {
            answers.clear();
        }
        answers.put(window, new Answer(busy, asked.plus(cacheFor)));
        if (forgotten.get() != generation) {
            answers.remove(window);
        }
    }

    private Event event(CalendarEntry entry, Optional<String> invited) {
        var event = new Event()
                .setSummary(entry.summary())
                .setDescription(entry.description())
                .setStatus("confirmed")
                .setStart(new EventDateTime().setDateTime(dateTime(entry.start())).setTimeZone(zone.getId()))
                .setEnd(new EventDateTime().setDateTime(dateTime(entry.end())).setTimeZone(zone.getId()))
                .setReminders(new Event.Reminders().setUseDefault(false).setOverrides(List.of(
                        new EventReminder().setMethod("email").setMinutes(EMAIL_REMINDER_MINUTES),
                        new EventReminder().setMethod("popup").setMinutes(POPUP_REMINDER_MINUTES))));
        invited.ifPresent(email -> event.setAttendees(List.of(new EventAttendee().setEmail(email))));
        return event;
    }

    private DateTime dateTime(Instant instant) {
        return new DateTime(Date.from(instant), TimeZone.getTimeZone(zone));
    }

    private static MirrorFailed mirrorFailed(String what, Exception failure) {
        if (failure instanceof HttpResponseException refusal) {
            var status = refusal.getStatusCode();
            var reason = reason(refusal);
            var retryable = status == 408 || status == 429 || status >= 500
                    || (status == 403 && RATE_LIMIT_REASONS.contains(reason));
            return new MirrorFailed("Google Calendar refused to " + what + ": HTTP " + status
                    + (reason == null ? "" : " " + reason), retryable, failure);
        }
        var retryable = failure instanceof Retryable auth ? auth.isRetryable() : failure instanceof IOException;
        return new MirrorFailed("Google Calendar could not " + what + ": " + describe(failure), retryable, failure);
    }

    private static String reason(HttpResponseException refusal) {
        if (refusal instanceof GoogleJsonResponseException json && json.getDetails() != null
                && json.getDetails().getErrors() != null) {
            return json.getDetails().getErrors().stream()
                    .map(GoogleJsonError.ErrorInfo::getReason)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
        }
        return null;
    }

    private static String describe(Exception failure) {
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }

    /** The service account's credentials; with a subject, delegated to that user (the assertion's {@code sub}). */
    private static GoogleCredentials credentials(String serviceAccountJson, String subject,
                                                 BoundedHttpTransport transport) {
        var text = serviceAccountJson.strip();
        try (InputStream key = text.startsWith("{")
                ? new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))
                : Files.newInputStream(Path.of(text))) {
            var account = ServiceAccountCredentials.fromStream(key, () -> transport);
            if (subject != null) {
                account = (ServiceAccountCredentials) account.createDelegated(subject);
            }
            return account.createWithCustomRetryStrategy(false)
                    .createScoped(List.of(CalendarScopes.CALENDAR));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read the Google service account key "
                    + (text.startsWith("{") ? "given inline" : "file " + text) + ": " + e.getClass().getSimpleName(), e);
        }
    }
}
