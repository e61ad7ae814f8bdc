package bella.application.availability;

import bella.application.appointments.AppointmentView;
import bella.application.appointments.Appointments;
import bella.domain.booking.Slot;
import bella.domain.call.Availability;
import bella.domain.call.Grain;
import bella.domain.call.Refusal;
import bella.domain.call.Understood;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Answers a caller's request from the business rules, Bella's own bookings and the owner's calendar: whether the
 * slot asked for is free, why not, and which free slots lie nearest.
 */
public class Diary {

    /** How many alternatives a caller hears at once: more than three is hard to remember on the phone. */
    static final int OFFERS = 3;

    private final BusinessRules rules;
    private final Appointments appointments;
    private final Calendar calendar;

    public Diary(BusinessRules rules, Appointments appointments, Calendar calendar) {
        this.rules = rules;
        this.appointments = appointments;
        this.calendar = calendar;
    }

    public BusinessRules rules() {
        return rules;
    }

    /** The diary's answer to what the caller said, or the soonest free slots when they named no time. */
    public Availability check(Understood understood, Instant now) {
        if (!understood.hasTime()) {
            return Availability.options(soonest(now, now));
        }
        if (understood.timeSaid() && understood.end() == null) {
            return checkMoment(Slot.of(understood.start(), rules.appointment()), now);
        }
        Instant windowEnd = understood.end() != null ? understood.end() : endOfGrain(understood);
        List<Slot> inWindow = free(understood.start(), windowEnd, now).stream().limit(OFFERS).toList();
        return Availability.options(inWindow.isEmpty() ? soonest(windowEnd, now) : inWindow);
    }

    /** Whether the slot can still be booked now; the booking itself re-checks against the day's schedule. */
    public Availability checkMoment(Slot requested, Instant now) {
        Refusal refusal = refusalOf(requested, now);
        if (refusal == null) {
            return Availability.free(requested);
        }
        return Availability.refused(requested, refusal, alternativesTo(requested, now));
    }

    private Refusal refusalOf(Slot requested, Instant now) {
        if (!requested.start().isAfter(now)) {
            return Refusal.PAST;
        }
        if (requested.start().isAfter(now.plus(rules.horizon()))) {
            return Refusal.BEYOND_HORIZON;
        }
        ZonedDateTime start = requested.start().atZone(rules.zone());
        if (!rules.isOpenOn(start.getDayOfWeek())) {
            return Refusal.CLOSED_DAY;
        }
        if (!openingOf(start.toLocalDate()).contains(requested)) {
            return Refusal.OUTSIDE_HOURS;
        }
        boolean taken = taken(requested.start(), requested.end()).stream().anyMatch(requested::overlaps);
        return taken ? Refusal.TAKEN : null;
    }

    /** The free slots closest to the one asked for: on its day first, by distance, then the soonest after it. */
    public List<Slot> alternativesTo(Slot requested, Instant now) {
        LocalDate day = requested.start().atZone(rules.zone()).toLocalDate();
        Instant dayStart = day.atStartOfDay(rules.zone()).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(rules.zone()).toInstant();
        List<Slot> sameDay = new ArrayList<>(free(dayStart, dayEnd, now));
        sameDay.sort(Comparator.comparing(slot -> Duration.between(slot.start(), requested.start()).abs()));
        List<Slot> chosen = new ArrayList<>(sameDay.subList(0, Math.min(OFFERS, sameDay.size())));
        if (chosen.size() < 2) {
            soonest(searchFrom(requested, dayEnd, now), now).stream()
                    .filter(slot -> !chosen.contains(slot))
                    .limit(OFFERS - chosen.size())
                    .forEach(chosen::add);
        }
        chosen.sort(Comparator.comparing(Slot::start));
        return chosen;
    }

    /** Where to look on from when the requested day has too little: after it, or before the horizon ends. */
    private Instant searchFrom(Slot requested, Instant dayEnd, Instant now) {
        Instant horizon = now.plus(rules.horizon());
        if (!requested.start().isAfter(now)) {
            return now;
        }
        if (dayEnd.isBefore(horizon)) {
            return dayEnd;
        }
        Instant lastWeek = horizon.minus(Duration.ofDays(7));
        return lastWeek.isAfter(now) ? lastWeek : now;
    }

    /** The first free slots from a moment on, looking no further than the booking horizon. */
    private List<Slot> soonest(Instant from, Instant now) {
        Instant latest = now.plus(rules.horizon());
        List<Slot> found = new ArrayList<>();
        LocalDate day = from.atZone(rules.zone()).toLocalDate();
        while (found.size() < OFFERS && day.atStartOfDay(rules.zone()).toInstant().isBefore(latest)) {
            Instant start = later(from, day.atStartOfDay(rules.zone()).toInstant());
            Instant end = day.plusDays(1).atStartOfDay(rules.zone()).toInstant();
            free(start, end, now).stream().limit(OFFERS - found.size()).forEach(found::add);
            day = day.plusDays(1);
        }
        return found;
    }

    /** Free slots starting within [from, to), in time order, stepping by the appointment's length from opening. */
    private List<Slot> free(Instant from, Instant to, Instant now) {
        Instant latest = now.plus(rules.horizon());
        List<Slot> busy = null;
        List<Slot> slots = new ArrayList<>();
        LocalDate day = from.atZone(rules.zone()).toLocalDate();
        LocalDate last = to.minusNanos(1).atZone(rules.zone()).toLocalDate();
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            if (!rules.isOpenOn(day.getDayOfWeek())) {
                continue;
            }
            Slot opening = openingOf(day);
            if (busy == null) {
                busy = taken(later(from, opening.start()), to);
            }
            for (Instant start = opening.start(); !start.plus(rules.appointment()).isAfter(opening.end());
                 start = start.plus(rules.appointment())) {
                Slot slot = Slot.of(start, rules.appointment());
                if (!start.isBefore(from) && start.isBefore(to) && start.isAfter(now) && !start.isAfter(latest)
                        && busy.stream().noneMatch(slot::overlaps)) {
                    slots.add(slot);
                }
            }
        }
        return slots;
    }

    private Slot openingOf(LocalDate day) {
        return new Slot(day.atTime(rules.opens()).atZone(rules.zone()).toInstant(),
                day.atTime(rules.closes()).atZone(rules.zone()).toInstant());
    }

    private List<Slot> taken(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return List.of();
        }
        List<Slot> busy = new ArrayList<>();
        for (AppointmentView appointment : appointments.overlapping(from, to)) {
            busy.add(new Slot(appointment.start(), appointment.end()));
        }
        busy.addAll(calendar.busy(new Slot(from, to)));
        return busy;
    }

    private Instant endOfGrain(Understood understood) {
        ZonedDateTime start = understood.start().atZone(rules.zone());
        Grain grain = understood.grain();
        ZonedDateTime end = switch (grain) {
            case MINUTE, HOUR -> start.plusHours(1);
            case DAY -> start.toLocalDate().plusDays(1).atStartOfDay(rules.zone());
            case WEEK -> start.toLocalDate().plusWeeks(1).atStartOfDay(rules.zone());
            case MONTH -> start.toLocalDate().plusMonths(1).atStartOfDay(rules.zone());
        };
        return end.toInstant();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
