package bella.application.texts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words of a text: the business, the service, the weekday, date and time in the business's zone, and how to
 * change it. Texts come from the number callers ring, so "call this number" reaches Bella again.
 */
public final class TextWording {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu 'at' h:mm a",
            Locale.ENGLISH);
    private static final String TO_CHANGE = " To change or cancel it, call this number.";

    private final String business;
    private final ZoneId zone;

    public TextWording(String business, ZoneId zone) {
        this.business = business;
        this.zone = zone;
    }

    public String booked(String service, Instant start) {
        return business + ": your " + what(service) + " is booked for " + when(start) + "." + TO_CHANGE;
    }

    public String moved(String service, Instant from, Instant start) {
        return business + ": your " + what(service) + " has moved from " + when(from) + " to " + when(start) + "."
                + TO_CHANGE;
    }

    public String cancelled(String service, Instant start) {
        return business + ": your " + what(service) + " on " + when(start)
                + " is cancelled. To book again, call this number.";
    }

    public String reminder(String service, Instant start) {
        return business + ": a reminder of your " + what(service) + " on " + when(start) + "." + TO_CHANGE;
    }

    private static String what(String service) {
        return service == null || service.isBlank() ? "appointment" : service.strip() + " appointment";
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(zone));
    }
}
