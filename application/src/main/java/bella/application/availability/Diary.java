package bella.application.availability;

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
import java.util.Optional;

/**
 * Answers a caller's request from the business rules, Bella's own bookings (as the days' Schedules hold them, never a
 * read model that may lag) and the owner's calendar: whether the slot asked for is free, why not, and which free
 * slots lie nearest. Free means inside one period of the day's opening (never across a break), after the minimum
 * notice, within the horizon, and clear of every booking and busy time by the buffer.
 */
public class Diary {

    /** How many alternatives a caller hears at once: more than three is hard to remember on the phone. */
    static final int OFFERS = 3;

    private final BusinessRules rules;
    private final Reservations reservations;
    private final Calendar calendar;

    public Diary(BusinessRules rules, Reservations reservations, Calendar calendar) {
        this.rules = rules;
        this.reservations = reservations;
        this.calendar = calendar;
    }

    public BusinessRules rules() {
        return rules;
    }

    /**
     * Asks the owner's calendar about everything a turn could ask, before the turn's transaction: the turn then
     * finds the answer remembered and never waits on the calendar while it holds the database.
     */
    public void prepare(Instant now) {
        Instant until = now.plus(rules.horizon()).plus(Duration.ofDays(31));
        try {
            calendar.busy(new Slot(now.minus(Duration.ofDays(1)), until));
        } catch (Calendar.Unavailable unavailable) {
            // The turn finds the calendar unavailable too, and goes on with Bella's own bookings.
        }
    }

    /**
     * The diary's answer to what the caller said for an appointment of the given length: the exact time checked,
     * the first free slots of a window, or the soonest free slots when they named no time.
     */
    public Availability check(Understood understood, Instant now, Duration length) {
        return check(understood, now, length, null);
    }

    /**
     * The same for a booking being moved from {@code vacated}: the time it leaves is free for it, so moving it by
     * half an hour never meets the booking itself, nor its own mirror in the owner's calendar, as the conflict.
     */
    public Availability check(Understood understood, Instant now, Duration length, Slot vacated) {
        var lookup = new Lookup(now, length, vacated);
        Availability answer;
        if (!understood.hasTime()) {
            answer = Availability.options(lookup.soonest(now));
        } else if (understood.timeSaid() && understood.end() == null) {
            answer = lookup.checkMoment(Slot.of(understood.start(), length));
        } else {
            Instant windowEnd = understood.end() != null ? understood.end() : endOfGrain(understood);
            answer = lookup.checkWindow(onTheDaysHours(new Slot(understood.start(), windowEnd)));
        }
        return lookup.calendarConsulted ? answer : answer.withoutCalendar();
    }

    /** Whether this very slot is still free (one offered earlier, say), and if not why, with the nearest free ones. */
    public Availability check(Slot slot, Instant now) {
        return check(slot, now, null);
    }

    /** The same for a booking being moved from {@code vacated}, which is no conflict for it. */
    public Availability check(Slot slot, Instant now, Slot vacated) {
        var lookup = new Lookup(now, slot.length(), vacated);
        Availability answer = lookup.checkMoment(slot);
        return lookup.calendarConsulted ? answer : answer.withoutCalendar();
    }

    /** The free slots of the requested one's length closest to it: on its day first, then the soonest after it. */
    public List<Slot> alternativesTo(Slot requested, Instant now) {
        return alternativesTo(requested, now, null);
    }

    /** The same for a booking being moved from {@code vacated}, which is no conflict for it. */
    public List<Slot> alternativesTo(Slot requested, Instant now, Slot vacated) {
        return new Lookup(now, requested.length(), vacated).alternativesTo(requested);
    }

    /**
     * A window read from the week's hours, running to its latest closing ("the latest you have", "the end of the day")
     * or from its earliest opening ("first thing"), placed against the day's own hours: on a day that closes at 3 the
     * end of the day is its last hours, on one that opens at 10 first thing is its first. Other windows stay as said.
     */
    private Slot onTheDaysHours(Slot window) {
        ZonedDateTime from = window.start().atZone(rules.zone());
        ZonedDateTime to = window.end().atZone(rules.zone());
        Optional<Opening> opening = rules.openingOn(from.toLocalDate());
        if (opening.isEmpty() || !to.toLocalDate().equals(from.toLocalDate())) {
            return window;
        }
        List<Slot> periods = opening.get().on(from.toLocalDate(), rules.zone());
        Instant opens = periods.get(0).start();
        Instant closes = periods.get(periods.size() - 1).end();
        if (to.toLocalTime().equals(rules.closes()) && !window.start().isBefore(closes)) {
            return new Slot(closes.minus(window.length()), closes);
        }
        if (from.toLocalTime().equals(rules.opens()) && !window.end().isAfter(opens)) {
            return new Slot(opens, opens.plus(window.length()));
        }
        return window;
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

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(rules.zone()).toInstant();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * One request's view of the diary. It remembers whether the owner's calendar failed, so a slow calendar is waited
     * for once per request rather than once per day searched, and the answer can say it was left out.
     */
    private final class Lookup {

        private final Instant now;
        private final Duration length;
        /** The first moment an appointment may start: not the current one, and not before the notice runs out. */
        private final Instant earliest;
        private final Instant latest;
        /** The time of the booking being moved, or null: free for the booking that leaves it. */
        private final Slot vacated;
        private boolean calendarConsulted = true;

        Lookup(Instant now, Duration length, Slot vacated) {
            if (length.isNegative() || length.isZero()) {
                throw new IllegalArgumentException("an appointment must last a positive time: " + length);
            }
            this.now = now;
            this.length = length;
            this.earliest = now.plus(rules.minimumNotice());
            this.latest = now.plus(rules.horizon());
            this.vacated = vacated;
        }

        Availability checkMoment(Slot requested) {
            Refusal refusal = refusalOf(requested);
            if (refusal == null) {
                return Availability.free(requested);
            }
            return Availability.refused(requested, refusal, alternativesTo(requested));
        }

        /**
         * The first free slots of a window ("tomorrow afternoon", "Saturday"). When it has none, why, and the same
         * hours on the days after it, since a caller who asked for an afternoon most likely wants another afternoon.
         */
        Availability checkWindow(Slot window) {
            List<Slot> inWindow = free(window.start(), window.end()).stream().limit(OFFERS).toList();
            if (!inWindow.isEmpty()) {
                return Availability.options(inWindow);
            }
            Refusal refusal = refusalOfWindow(window);
            // "After work" at a business that closes at 5: that day's free times nearest the window, as a receptionist
            // offers the last ones before closing, rather than the same hours on days when they are as closed.
            return Availability.refused(window, refusal,
                    refusal == Refusal.OUTSIDE_HOURS ? alternativesTo(window) : sameHoursLater(window));
        }

        private Refusal refusalOfWindow(Slot window) {
            if (!window.end().isAfter(now)) {
                return Refusal.PAST;
            }
            if (!window.end().isAfter(earliest)) {
                return Refusal.TOO_SOON;
            }
            if (window.start().isAfter(latest)) {
                return Refusal.BEYOND_HORIZON;
            }
            if (periods(window.start(), window.end()).isEmpty()) {
                return Refusal.CLOSED_DAY;
            }
            List<Slot> candidates = candidates(window.start(), window.end());
            if (candidates.isEmpty()) {
                return Refusal.OUTSIDE_HOURS;
            }
            // Nothing in the stretch is free: because of the notice, when every time in it starts too soon.
            return candidates.stream().anyMatch(slot -> bookableFrom(slot.start())) ? Refusal.FULL : Refusal.TOO_SOON;
        }

        /** The window's hours on each following day until some are free; for a day or longer, the soonest after. */
        private List<Slot> sameHoursLater(Slot window) {
            if (window.length().compareTo(Duration.ofDays(1)) < 0) {
                ZonedDateTime from = window.start().atZone(rules.zone());
                ZonedDateTime to = window.end().atZone(rules.zone());
                for (int days = 1; from.plusDays(days).toInstant().isBefore(latest); days++) {
                    List<Slot> found = free(from.plusDays(days).toInstant(), to.plusDays(days).toInstant());
                    if (!found.isEmpty()) {
                        return found.stream().limit(OFFERS).toList();
                    }
                }
            }
            return soonest(window.end());
        }

        private Refusal refusalOf(Slot requested) {
            if (!requested.start().isAfter(now)) {
                return Refusal.PAST;
            }
            if (!bookableFrom(requested.start())) {
                return Refusal.TOO_SOON;
            }
            if (requested.start().isAfter(latest)) {
                return Refusal.BEYOND_HORIZON;
            }
            LocalDate day = requested.start().atZone(rules.zone()).toLocalDate();
            Optional<Opening> opening = rules.openingOn(day);
            if (opening.isEmpty()) {
                return Refusal.CLOSED_DAY;
            }
            List<Slot> periods = opening.get().on(day, rules.zone());
            if (periods.stream().noneMatch(period -> period.contains(requested))) {
                Slot openToClose = new Slot(periods.get(0).start(), periods.get(periods.size() - 1).end());
                return openToClose.contains(requested) ? Refusal.BREAK : Refusal.OUTSIDE_HOURS;
            }
            Slot guarded = guarded(requested);
            List<Slot> busy = busy(guarded.start(), guarded.end());
            if (busy.stream().anyMatch(requested::overlaps)) {
                return Refusal.TAKEN;
            }
            return busy.stream().anyMatch(guarded::overlaps) ? Refusal.BUFFER : null;
        }

        List<Slot> alternativesTo(Slot requested) {
            LocalDate day = requested.start().atZone(rules.zone()).toLocalDate();
            Instant dayEnd = startOf(day.plusDays(1));
            List<Slot> sameDay = new ArrayList<>(free(startOf(day), dayEnd));
            sameDay.sort(Comparator.comparing(slot -> Duration.between(slot.start(), requested.start()).abs()));
            List<Slot> chosen = new ArrayList<>(sameDay.subList(0, Math.min(OFFERS, sameDay.size())));
            if (chosen.size() < 2) {
                soonest(searchFrom(requested, dayEnd)).stream()
                        .filter(slot -> !chosen.contains(slot))
                        .limit(OFFERS - chosen.size())
                        .forEach(chosen::add);
            }
            chosen.sort(Comparator.comparing(Slot::start));
            return chosen;
        }

        /** Where to look on from when the requested day has too little: after it, or before the horizon ends. */
        private Instant searchFrom(Slot requested, Instant dayEnd) {
            if (!requested.start().isAfter(now)) {
                return now;
            }
            if (dayEnd.isBefore(latest)) {
                return dayEnd;
            }
            Instant lastWeek = latest.minus(Duration.ofDays(7));
            return lastWeek.isAfter(now) ? lastWeek : now;
        }

        /** The first free slots from a moment on, looking no further than the booking horizon. */
        List<Slot> soonest(Instant from) {
            List<Slot> found = new ArrayList<>();
            LocalDate day = from.atZone(rules.zone()).toLocalDate();
            while (found.size() < OFFERS && startOf(day).isBefore(latest)) {
                Instant end = startOf(day.plusDays(1));
                free(later(from, startOf(day)), end).stream().limit(OFFERS - found.size()).forEach(found::add);
                day = day.plusDays(1);
            }
            return found;
        }

        /** Free slots starting within [from, to), in time order: the candidates bookable now and clear of all busy. */
        List<Slot> free(Instant from, Instant to) {
            List<Slot> candidates = candidates(from, to);
            if (candidates.isEmpty()) {
                return List.of();
            }
            Instant first = candidates.get(0).start().minus(rules.buffer());
            List<Slot> busy = busy(first, candidates.get(candidates.size() - 1).end().plus(rules.buffer()));
            return candidates.stream()
                    .filter(slot -> bookableFrom(slot.start()))
                    .filter(slot -> busy.stream().noneMatch(guarded(slot)::overlaps))
                    .toList();
        }

        /**
         * Slots the rules allow to start within [from, to), before the notice and the busy times are counted: each
         * inside one opening period, never across a break, stepping by the granularity from the period's start.
         */
        private List<Slot> candidates(Instant from, Instant to) {
            List<Slot> slots = new ArrayList<>();
            for (Slot period : periods(from, to)) {
                for (Instant start = period.start(); !start.plus(length).isAfter(period.end());
                     start = start.plus(rules.granularity())) {
                    if (!start.isBefore(from) && start.isBefore(to) && !start.isAfter(latest)) {
                        slots.add(Slot.of(start, length));
                    }
                }
            }
            return slots;
        }

        /** The opening periods of the days [from, to) touches, in time order. */
        private List<Slot> periods(Instant from, Instant to) {
            if (!to.isAfter(from)) {
                return List.of();
            }
            List<Slot> periods = new ArrayList<>();
            LocalDate last = to.minusNanos(1).atZone(rules.zone()).toLocalDate();
            for (LocalDate day = from.atZone(rules.zone()).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
                LocalDate date = day;
                rules.openingOn(date).ifPresent(opening -> periods.addAll(opening.on(date, rules.zone())));
            }
            return periods;
        }

        private boolean bookableFrom(Instant start) {
            return start.isAfter(now) && !start.isBefore(earliest);
        }

        /** The slot widened by the buffer on both sides: the stretch no other booking or busy time may touch. */
        private Slot guarded(Slot slot) {
            return new Slot(slot.start().minus(rules.buffer()), slot.end().plus(rules.buffer()));
        }

        /**
         * Bella's live bookings and the owner's busy times overlapping [from, to). A booking lies within one day's
         * opening, so the Schedules of the days the stretch touches hold every booking that can overlap it.
         */
        private List<Slot> busy(Instant from, Instant to) {
            if (!to.isAfter(from)) {
                return List.of();
            }
            Slot window = new Slot(from, to);
            List<Slot> busy = new ArrayList<>();
            LocalDate last = to.minusNanos(1).atZone(rules.zone()).toLocalDate();
            for (LocalDate day = from.atZone(rules.zone()).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
                reservations.on(day).stream().filter(window::overlaps).forEach(busy::add);
            }
            if (calendarConsulted) {
                try {
                    busy.addAll(calendar.busy(new Slot(from, to)));
                } catch (Calendar.Unavailable e) {
                    // Bella's own bookings still prevent double-booking; the owner reviews calendar clashes later.
                    calendarConsulted = false;
                }
            }
            // The booking being moved, and its mirror in the owner's calendar, hold exactly its own time.
            busy.removeIf(slot -> slot.equals(vacated));
            return busy;
        }
    }
}
