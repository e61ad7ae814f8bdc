package bella.adapters.calendar;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * How Bella reaches the owner's Google Calendar.
 *
 * @param serviceAccountJson a path to the service account's JSON key file, or the JSON itself (text starting with
 *                           <code>{</code>)
 * @param calendarId         the calendar to read and write, e.g. the owner's address; it must be shared with the
 *                           service account ("make changes to events")
 * @param businessEmail      invited to every event, but only together with {@code subject}: Google refuses
 *                           attendees to a service account acting as itself; {@code null} or blank for none
 * @param subject            the Google Workspace user the service account acts as, by domain-wide delegation;
 *                           {@code null} or blank to act as the service account itself (the usual case: the
 *                           calendar is shared with it)
 * @param zone               the business's time zone: events and free/busy answers are expressed in it
 * @param rootUrl            Google's API root, {@code null} for {@code https://www.googleapis.com/}; tests point it
 *                           at a local fake
 * @param timeout            bound on each HTTP exchange with Google, connecting and reading included; {@code null}
 *                           for {@link #DEFAULT_TIMEOUT}
 * @param cacheFor           how long a free/busy answer is reused for the same window; zero disables the cache,
 *                           {@code null} means {@link #DEFAULT_CACHE_FOR}
 */
public record GoogleCalendarSettings(String serviceAccountJson, String calendarId, String businessEmail,
                                     String subject, ZoneId zone, String rootUrl, Duration timeout,
                                     Duration cacheFor) {

    /** Two seconds: a caller is waiting on the line while availability asks the calendar. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    /** One minute: long enough to serve the follow-up questions of one call, short enough to see the owner's edits. */
    public static final Duration DEFAULT_CACHE_FOR = Duration.ofSeconds(60);

    public GoogleCalendarSettings {
        if (serviceAccountJson == null || serviceAccountJson.isBlank()) {
            throw new IllegalArgumentException("serviceAccountJson: a key file path or the key's JSON is required");
        }
        if (calendarId == null || calendarId.isBlank()) {
            throw new IllegalArgumentException("calendarId is required");
        }
        Objects.requireNonNull(zone, "zone");
        businessEmail = businessEmail == null || businessEmail.isBlank() ? null : businessEmail.strip();
        subject = subject == null || subject.isBlank() ? null : subject.strip();
        if (subject != null && !isEmailAddress(subject)) {
            throw new IllegalArgumentException("subject must be the email address of a Workspace user: " + subject);
        }
        rootUrl = rootUrl == null || rootUrl.isBlank() ? null : rootUrl.strip();
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        cacheFor = cacheFor == null ? DEFAULT_CACHE_FOR : cacheFor;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (cacheFor.isNegative()) {
            throw new IllegalArgumentException("cacheFor must not be negative: " + cacheFor);
        }
    }

    /** Whether the text has the shape of an email address (one {@code @}, a dot in the domain, no spaces). */
    public static boolean isEmailAddress(String text) {
        return text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    /** The address to invite to every event: the business's, when the service account acts for a Workspace user. */
    public Optional<String> attendee() {
        return subject == null ? Optional.empty() : Optional.ofNullable(businessEmail);
    }
}
