package bella.application.understanding;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public holidays of the business's country, and of its province or state when one is named ("CA-ON"), from
 * the calendars the Jollyday library maintains, with the names callers give them. A country named alone also keeps
 * the holidays that most of its provinces or states keep on one date, as a caller there means them (Thanksgiving in
 * Canada, the second Monday of October). Safe to share between calls.
 */
public final class PublicHolidays {

    /** A business that names no calendar: no holiday beyond those callers name anywhere. */
    public static final PublicHolidays NONE = new PublicHolidays(null, null, List.of());

    /** How far around today a year's holidays are looked up when the holidays are first named. */
    private static final int YEARS_LOOKED_AT = 2;

    private final HolidayManager manager;
    private final String subdivision;
    private final List<String> subdivisions;
    private final Map<Integer, Map<String, LocalDate>> years = new ConcurrentHashMap<>();

    private PublicHolidays(HolidayManager manager, String subdivision, List<String> subdivisions) {
        this.manager = manager;
        this.subdivision = subdivision;
        this.subdivisions = subdivisions;
    }

    /**
     * @param calendar a country as ISO 3166 names it ("CA"), or a country and one of its subdivisions ("CA-ON")
     * @throws IllegalArgumentException when the library keeps no such calendar
     */
    public static PublicHolidays of(String calendar) {
        String[] parts = calendar.strip().toLowerCase(Locale.ROOT).split("-", 2);
        boolean known = HolidayManager.getSupportedCalendarCodes().stream()
                .anyMatch(code -> code.equalsIgnoreCase(parts[0]));
        if (!known) {
            throw new IllegalArgumentException("no holiday calendar for the country "
                    + parts[0].toUpperCase(Locale.ROOT));
        }
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(parts[0]));
        Set<String> children = manager.getCalendarHierarchy().getChildren().keySet();
        if (parts.length == 2 && !children.contains(parts[1])) {
            throw new IllegalArgumentException("no holiday calendar for " + parts[1].toUpperCase(Locale.ROOT)
                    + " in " + parts[0].toUpperCase(Locale.ROOT) + "; it has " + children.stream().sorted()
                    .map(child -> child.toUpperCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
        return new PublicHolidays(manager, parts.length == 2 ? parts[1] : null, List.copyOf(children));
    }

    /** Each holiday kept around the given year, by its key, with the names callers give it. */
    Map<String, List<String>> names(int year) {
        if (manager == null) {
            return Map.of();
        }
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (int y = year; y < year + YEARS_LOOKED_AT; y++) {
            for (Holiday holiday : kept(y).values()) {
                names.computeIfAbsent(holiday.getPropertiesKey(), key -> spoken(holiday));
            }
        }
        return names;
    }

    /** The day the holiday of this key falls on in the year, or null when it is not kept that year. */
    LocalDate in(String key, int year) {
        if (manager == null) {
            return null;
        }
        return years.computeIfAbsent(year, y -> kept(y).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().getActualDate())))
                .get(key);
    }

    private Map<String, Holiday> kept(int year) {
        if (subdivision != null) {
            return byKey(manager.getHolidays(Year.of(year), subdivision));
        }
        Map<String, Holiday> kept = new HashMap<>(byKey(manager.getHolidays(Year.of(year))));
        Map<String, List<Holiday>> regional = new HashMap<>();
        for (String child : subdivisions) {
            for (Holiday holiday : manager.getHolidays(Year.of(year), child)) {
                regional.computeIfAbsent(holiday.getPropertiesKey(), key -> new ArrayList<>()).add(holiday);
            }
        }
        regional.forEach((key, held) -> mostCommon(held).ifPresent(common -> {
            if (2 * held.stream().filter(h -> h.getActualDate().equals(common.getActualDate())).count()
                    >= subdivisions.size()) {
                kept.putIfAbsent(key, common);
            }
        }));
        return kept;
    }

    private static Optional<Holiday> mostCommon(Collection<Holiday> held) {
        Map<LocalDate, Long> counts = held.stream().collect(Collectors.groupingBy(Holiday::getActualDate,
                Collectors.counting()));
        return held.stream().max(Comparator.comparingLong(h -> counts.get(h.getActualDate())));
    }

    private static Map<String, Holiday> byKey(Set<Holiday> holidays) {
        return holidays.stream().collect(Collectors.toMap(Holiday::getPropertiesKey, Function.identity(),
                (first, second) -> first));
    }

    /**
     * "Queen Victoria's Birthday" and VICTORIA_DAY give "queen victoria's birthday" and "victoria day": the
     * library's English description and its key, in lower case.
     */
    private static List<String> spoken(Holiday holiday) {
        String key = holiday.getPropertiesKey();
        String fromKey = key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT).replace('_', ' ');
        String described = holiday.getDescription(Locale.ENGLISH).toLowerCase(Locale.ROOT).replaceAll("[.,]", "");
        return List.of(described, fromKey).stream().distinct().toList();
    }
}
