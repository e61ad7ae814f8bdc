package bella.application.availability;

import java.time.Duration;
import java.util.Objects;

/** Something a caller can book, such as a cleaning or a check-up, and how long it keeps the owner busy. */
public record Service(String name, Duration length) {

    public Service {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a service needs a name");
        }
        Objects.requireNonNull(length, "length");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("the service " + name + " must last a positive time: " + length);
        }
    }
}
