package bella.application.replay;

import bella.application.appointments.AppointmentView;
import bella.application.appointments.Appointments;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The appointments read model of one re-run, in memory: what the sandbox's diary reads instead of the real table. */
final class SandboxAppointments implements Appointments {

    private static final Comparator<AppointmentView> BY_START = Comparator.comparing(AppointmentView::start)
            .thenComparing(AppointmentView::id);

    private final Map<String, AppointmentView> byId = new LinkedHashMap<>();

    @Override
    public void add(AppointmentView appointment) {
        byId.putIfAbsent(appointment.id(), appointment);
    }

    @Override
    public void move(String id, Instant start, Instant end) {
        byId.computeIfPresent(id, (key, view) -> new AppointmentView(id, start, end, view.name(), view.phone(),
                view.status(), view.callSid(), view.service()));
    }

    @Override
    public Optional<AppointmentView> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public void cancel(String id) {
        byId.computeIfPresent(id, (key, view) -> new AppointmentView(id, view.start(), view.end(), view.name(),
                view.phone(), CANCELLED, view.callSid(), view.service()));
    }

    @Override
    public List<AppointmentView> overlapping(Instant from, Instant to) {
        return byId.values().stream()
                .filter(view -> view.start().isBefore(to) && view.end().isAfter(from))
                .sorted(BY_START)
                .toList();
    }

    @Override
    public List<AppointmentView> upcomingFor(String phone, Instant after) {
        return byId.values().stream()
                .filter(view -> phone.equals(view.phone()) && BOOKED.equals(view.status())
                        && view.start().isAfter(after))
                .sorted(BY_START)
                .toList();
    }

    @Override
    public void clear() {
        byId.clear();
    }
}
