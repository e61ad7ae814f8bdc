package bella.application.appointments;

import java.util.Optional;

/** Callers Bella knows by phone number (E.164), with the name they last booked under. */
public interface Customers {

    void remember(String phone, String name);

    Optional<String> nameOf(String phone);

    void clear();
}
