package bella.application.availability;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When the business takes appointments and for what: its weekly hours, the dates it is closed, the services it
 * offers and the spacing rules between bookings.
 *
 * @param zone          where the wall-clock times of the openings and closed dates are read
 * @param openings      one opening per weekday it is open; a weekday absent is closed
 * @param closedDates   dates it is closed although the weekday is open (holidays)
 * @param services      what can be booked, the first being the one booked when the caller names none
 * @param granularity   the step between offered start times, counted from opening
 * @param buffer        time kept free before and after every appointment and busy time
 * @param minimumNotice how long before its start an appointment must be booked
 * @param horizon       how far ahead callers may book
 */
public record BusinessRules(ZoneId zone, Map<DayOfWeek, Opening> openings, Set<LocalDate> closedDates,
                            List<Service> services, Duration granularity, Duration buffer, Duration minimumNotice,
                            Duration horizon) {

    /** The default service's name when the business offers only one kind of appointment. */
    public static final String APPOINTMENT = "appointment";

    public BusinessRules {
        Objects.requireNonNull(zone, "zone");
        openings = Collections.unmodifiableMap(new EnumMap<>(requireOpenSomeDay(openings)));
        closedDates = Set.copyOf(closedDates);
        services = List.copyOf(services);
        requireDistinctServicesThatFit(services, openings.values());
        requirePositive("the slot granularity", granularity);
        requireNotNegative("the buffer between appointments", buffer);
        requireNotNegative("the minimum notice", minimumNotice);
        requirePositive("the booking horizon", horizon);
        if (minimumNotice.compareTo(horizon) >= 0) {
            // Nothing could ever be booked: every start would be too soon or beyond the horizon.
            throw new IllegalArgumentException("the minimum notice of " + minimumNotice
                    + " must be shorter than the booking horizon of " + horizon);
        }
    }

    /**
     * The simple form the original service configured: the same hours on each open day, one kind of appointment,
     * start times stepping by its length, no buffer, no notice beyond "not in the past" and no closed dates.
     */
    public BusinessRules(ZoneId zone, Set<DayOfWeek> openDays, LocalTime opens, LocalTime closes,
                         Duration appointment, Duration horizon) {
        this(zone, sameEach(openDays, new Opening(opens, closes)), Set.of(),
                List.of(new Service(APPOINTMENT, appointment)), appointment, Duration.ZERO, Duration.ZERO, horizon);
    }

    /** The same opening on each of the days, ready for the {@code openings} parameter. */
    public static Map<DayOfWeek, Opening> sameEach(Set<DayOfWeek> days, Opening opening) {
        Map<DayOfWeek, Opening> openings = new EnumMap<>(DayOfWeek.class);
        days.forEach(day -> openings.put(day, opening));
        return openings;
    }

    /** The service booked when the caller names none. */
    public Service defaultService() {
        return services.get(0);
    }

    /** How long the default service lasts; the length of an appointment wherever no service is named. */
    public Duration appointment() {
        return defaultService().length();
    }

    /** The service with this name, ignoring case, if the business offers it. */
    public Optional<Service> service(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return services.stream().filter(s -> s.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** The opening on a date, or empty when the business is closed that day (its weekday or a closed date). */
    public Optional<Opening> openingOn(LocalDate date) {
        if (closedDates.contains(date)) {
            return Optional.empty();
        }
        return Optional.ofNullable(openings.get(date.getDayOfWeek()));
    }

    /** Whether the business is open at this instant: its day has hours and one of its periods holds it. */
    public boolean isOpenAt(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        return openingOn(local.toLocalDate()).stream().flatMap(opening -> opening.periods().stream())
                .anyMatch(period -> !time.isBefore(period.opens()) && time.isBefore(period.closes()));
    }

    public boolean isOpenOn(LocalDate date) {
        return openingOn(date).isPresent();
    }

    /** Whether the weekday has hours at all; a closed date on it does not change the answer. */
    public boolean isOpenOn(DayOfWeek day) {
        return openings.containsKey(day);
    }

    public Set<DayOfWeek> openDays() {
        return openings.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(openings.keySet()));
    }

    /** The earliest opening of the week: the simple form's start of day, and a bound on "morning" for speech. */
    public LocalTime opens() {
        return openings.values().stream().map(Opening::opens).min(Comparator.naturalOrder()).orElseThrow();
    }

    /** The latest closing of the week: the simple form's end of day. */
    public LocalTime closes() {
        return openings.values().stream().map(Opening::closes).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** The week's openings grouped for speech: days sharing hours together, in the order their first day comes. */
    public List<Hours> weeklyHours() {
        Map<Opening, List<DayOfWeek>> byOpening = new LinkedHashMap<>();
        openings.forEach((day, opening) -> byOpening.computeIfAbsent(opening, o -> new ArrayList<>()).add(day));
        List<Hours> hours = new ArrayList<>();
        byOpening.forEach((opening, days) -> hours.add(new Hours(days, opening)));
        return hours;
    }

    private static Map<DayOfWeek, Opening> requireOpenSomeDay(Map<DayOfWeek, Opening> openings) {
        Objects.requireNonNull(openings, "openings");
        openings.forEach((day, opening) -> Objects.requireNonNull(opening, () -> "the opening on " + day));
        if (openings.isEmpty()) {
            throw new IllegalArgumentException("the business must be open on at least one weekday");
        }
        return openings;
    }

    private static void requireDistinctServicesThatFit(List<Service> services, Iterable<Opening> openings) {
        if (services.isEmpty()) {
            throw new IllegalArgumentException("the business must offer at least one service");
        }
        Set<String> names = new HashSet<>();
        for (Service service : services) {
            if (!names.add(service.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("the service " + service.name() + " is offered twice");
            }
            boolean fits = false;
            for (Opening opening : openings) {
                fits |= opening.fits(service.length());
            }
            if (!fits) {
                throw new IllegalArgumentException("the service " + service.name() + " of "
                        + service.length().toMinutes() + " minutes does not fit in any opening");
            }
        }
    }

    private static void requirePositive(String what, Duration duration) {
        Objects.requireNonNull(duration, what);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " must be positive: " + duration);
        }
    }

    private static void requireNotNegative(String what, Duration duration) {
        Objects.requireNonNull(duration, what);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative: " + duration);
        }
    }
}
