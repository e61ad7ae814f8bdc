package bella.application.replay;

import bella.application.appointments.Customers;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The callers one re-run knows, in memory: those whose bookings were made before the moment replayed. */
final class SandboxCustomers implements Customers {

    private final Map<String, String> names = new HashMap<>();

    @Override
    public void remember(String phone, String name) {
        names.put(phone, name);
    }

    @Override
    public Optional<String> nameOf(String phone) {
        return Optional.ofNullable(names.get(phone));
    }

    @Override
    public void clear() {
        names.clear();
    }
}
