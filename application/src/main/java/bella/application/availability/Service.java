package bella.application.availability;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Something a caller can book, such as a cleaning or a check-up, and how long it keeps the owner busy.
 *
 * @param synonyms other words callers use for it ("hygiene", "scale and polish" for a cleaning), as the business
 *                 gave them
 */
public record Service(String name, Duration length, List<String> synonyms) {

    public Service {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a service needs a name");
        }
        synonyms = synonyms.stream().map(String::strip).filter(synonym -> !synonym.isEmpty()).toList();
        Objects.requireNonNull(length, "length");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("the service " + name + " must last a positive time: " + length);
        }
    }

    /** A service callers call by its name only. */
    public Service(String name, Duration length) {
        this(name, length, List.of());
    }
}
