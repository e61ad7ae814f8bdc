package bella.bootstrap;

import bella.application.availability.BusinessRules;
import org.springframework.core.env.Environment;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Bella's settings, read from the environment under the names the original service used, checked at start-up. */
record Settings(String businessName, String phoneRegion, BusinessRules rules, Clock clock) {

    static Settings from(Environment env) {
        ZoneId zone = zone(env.getProperty("BUSINESS_TIMEZONE", "America/Toronto"));
        LocalTime opens = time("BUSINESS_HOURS_START", env.getProperty("BUSINESS_HOURS_START", "9"));
        LocalTime closes = time("BUSINESS_HOURS_END", env.getProperty("BUSINESS_HOURS_END", "17"));
        if (!closes.isAfter(opens)) {
            throw new BadSetting("BUSINESS_HOURS_END", closes.toString(), "must be later than BUSINESS_HOURS_START ("
                    + opens + ")");
        }
        Duration appointment = Duration.ofMinutes(whole("APPOINTMENT_DURATION",
                env.getProperty("APPOINTMENT_DURATION", "30"), 5, 24 * 60));
        if (appointment.compareTo(Duration.between(opens, closes)) > 0) {
            throw new BadSetting("APPOINTMENT_DURATION", String.valueOf(appointment.toMinutes()),
                    "must fit between BUSINESS_HOURS_START and BUSINESS_HOURS_END");
        }
        Duration horizon = Duration.ofDays(whole("BOOKING_HORIZON_DAYS",
                env.getProperty("BOOKING_HORIZON_DAYS", "90"), 1, 730));
        Set<DayOfWeek> days = days(env.getProperty("BUSINESS_OPEN_DAYS", "MON-FRI"));
        String region = env.getProperty("BUSINESS_PHONE_REGION", "CA").toUpperCase(Locale.ROOT);
        if (!region.matches("[A-Z]{2}")) {
            throw new BadSetting("BUSINESS_PHONE_REGION", region, "a two-letter country code such as CA or US");
        }
        String name = env.getProperty("BUSINESS_NAME", "our office").strip();
        return new Settings(name.isEmpty() ? "our office" : name, region,
                new BusinessRules(zone, days, opens, closes, appointment, horizon),
                clock(env.getProperty("BELLA_CLOCK_START", "")));
    }

    private static ZoneId zone(String value) {
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw new BadSetting("BUSINESS_TIMEZONE", value, "a time zone such as America/Toronto");
        }
    }

    /** "9", "17", "09:00" or "9:30". */
    static LocalTime time(String name, String value) {
        String v = value.strip();
        try {
            if (v.matches("\\d{1,2}")) {
                return LocalTime.of(Integer.parseInt(v), 0);
            }
            return LocalTime.parse(v.length() == 4 ? "0" + v : v);
        } catch (DateTimeException e) {
            throw new BadSetting(name, value, "an hour (0-23) or a time such as 09:30");
        }
    }

    private static int whole(String name, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the accepted range
        }
        throw new BadSetting(name, value, "a whole number from " + min + " to " + max);
    }

    /** "MON-FRI", "MON,WED,FRI", "mon-sat" or full names. */
    static Set<DayOfWeek> days(String value) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : value.split(",")) {
            String[] range = part.strip().split("-");
            if (range.length > 2 || range[0].isBlank()) {
                throw new BadSetting("BUSINESS_OPEN_DAYS", value, "days such as MON-FRI or MON,WED,SAT");
            }
            DayOfWeek first = day(range[0], value);
            DayOfWeek last = range.length == 2 ? day(range[1], value) : first;
            for (DayOfWeek d = first; ; d = d.plus(1)) {
                days.add(d);
                if (d == last) {
                    break;
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(String text, String whole) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (t.length() >= 3 && day.name().startsWith(t)) {
                return day;
            }
        }
        throw new BadSetting("BUSINESS_OPEN_DAYS", whole, "days such as MON-FRI or MON,WED,SAT");
    }

    /** The system clock, or one that starts at BELLA_CLOCK_START and runs on from there. */
    private static Clock clock(String start) {
        if (start.isBlank()) {
            return Clock.systemUTC();
        }
        try {
            Instant at = OffsetDateTime.parse(start.strip()).toInstant();
            return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), at));
        } catch (DateTimeParseException e) {
            throw new BadSetting("BELLA_CLOCK_START", start, "an instant with offset such as 2026-03-03T10:15:00-05:00");
        }
    }
}
