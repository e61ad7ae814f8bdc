package bella.bootstrap;

import bella.adapters.twilio.TwilioVoice;
import bella.application.availability.BusinessRules;
import bella.application.availability.OpenPeriod;
import bella.application.availability.Opening;
import bella.application.availability.Service;
import bella.application.conversation.PromptVariants;
import bella.application.understanding.PublicHolidays;
import org.springframework.core.env.Environment;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Bella's settings, read from the environment under the names the original service used, checked at start-up. Every
 * check the business rules make is made here first, so a mistake stops start-up with one line naming the setting.
 */
record Settings(String businessName, String phoneRegion, BusinessRules rules, PromptVariants variants,
                TwilioVoice voice, PublicHolidays holidays, Clock clock) {

    private static final int DAY_MINUTES = 24 * 60;
    private static final String DAYS_EXPECTED = "days such as MON-FRI or MON,WED,SAT";
    private static final String HOURS_EXPECTED =
            "days and hours such as Mon-Fri 08:00-12:00, 13:00-18:00; Sat 10:00-14:00";

    static Settings from(Environment env) {
        ZoneId zone = zone(env.getProperty("BUSINESS_TIMEZONE", "America/Toronto"));
        String weekly = env.getProperty("BUSINESS_HOURS", "");
        // Both forms may be set, e.g. an old deployment that adds BUSINESS_HOURS: the weekly form wins and
        // BUSINESS_HOURS_START, BUSINESS_HOURS_END and BUSINESS_OPEN_DAYS are then not read at all.
        Map<DayOfWeek, Opening> week = weekly.isBlank() ? simpleWeek(env) : weeklyHours(weekly);
        Set<LocalDate> closed = closedDates(env.getProperty("BUSINESS_CLOSED_DATES", ""));
        String appointmentMinutes = env.getProperty("APPOINTMENT_DURATION", "30");
        Duration appointment = minutes("APPOINTMENT_DURATION", appointmentMinutes, 5, DAY_MINUTES);
        String listed = env.getProperty("SERVICES", "");
        List<Service> services;
        if (listed.isBlank()) {
            services = List.of(new Service(BusinessRules.APPOINTMENT, appointment));
            if (!fitsSomeOpening(appointment, week)) {
                throw new BadSetting("APPOINTMENT_DURATION", appointmentMinutes, weekly.isBlank()
                        ? "must fit between BUSINESS_HOURS_START and BUSINESS_HOURS_END"
                        : "must fit in the longest opening of BUSINESS_HOURS");
            }
        } else {
            services = services(listed, week);
        }
        Duration granularity = minutes("SLOT_GRANULARITY",
                env.getProperty("SLOT_GRANULARITY", String.valueOf(appointment.toMinutes())), 5, DAY_MINUTES);
        Duration buffer = minutes("APPOINTMENT_BUFFER", env.getProperty("APPOINTMENT_BUFFER", "0"), 0, DAY_MINUTES);
        String noticeMinutes = env.getProperty("MINIMUM_NOTICE", "60");
        Duration notice = minutes("MINIMUM_NOTICE", noticeMinutes, 0, 365 * DAY_MINUTES);
        Duration horizon = Duration.ofDays(whole("BOOKING_HORIZON_DAYS",
                env.getProperty("BOOKING_HORIZON_DAYS", "90"), 1, 730));
        if (notice.compareTo(horizon) >= 0) {
            throw new BadSetting("MINIMUM_NOTICE", noticeMinutes, "must be shorter than BOOKING_HORIZON_DAYS ("
                    + horizon.toDays() + " days), or nothing could ever be booked");
        }
        String region = env.getProperty("BUSINESS_PHONE_REGION", "CA").toUpperCase(Locale.ROOT);
        if (!region.matches("[A-Z]{2}")) {
            throw new BadSetting("BUSINESS_PHONE_REGION", region, "a two-letter country code such as CA or US");
        }
        String name = env.getProperty("BUSINESS_NAME", "our office").strip();
        return new Settings(name.isEmpty() ? "our office" : name, region,
                new BusinessRules(zone, week, closed, services, granularity, buffer, notice, horizon),
                PromptVariantSettings.from(env), VoiceSettings.from(env, region),
                holidays(env.getProperty("BUSINESS_HOLIDAYS", ""), region),
                clock(env.getProperty("BELLA_CLOCK_START", "")));
    }

    /**
     * BUSINESS_HOLIDAYS: whose public holidays callers may name as days, a country or a country and its province or
     * state (CA-ON); by default those of BUSINESS_PHONE_REGION's country, or none where no calendar is kept for it.
     */
    private static PublicHolidays holidays(String value, String region) {
        try {
            return PublicHolidays.of(value.isBlank() ? region : value);
        } catch (IllegalArgumentException unknown) {
            if (value.isBlank()) {
                return PublicHolidays.NONE;
            }
            throw new BadSetting("BUSINESS_HOLIDAYS", value, "a country, or a country and its province or state, "
                    + "such as CA or CA-ON (" + unknown.getMessage() + ")");
        }
    }

    private static ZoneId zone(String value) {
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw new BadSetting("BUSINESS_TIMEZONE", value, "a time zone such as America/Toronto");
        }
    }

    /** The original service's form: the same hours on each of BUSINESS_OPEN_DAYS. */
    private static Map<DayOfWeek, Opening> simpleWeek(Environment env) {
        LocalTime opens = time("BUSINESS_HOURS_START", env.getProperty("BUSINESS_HOURS_START", "9"));
        LocalTime closes = time("BUSINESS_HOURS_END", env.getProperty("BUSINESS_HOURS_END", "17"));
        if (!closes.isAfter(opens)) {
            throw new BadSetting("BUSINESS_HOURS_END", closes.toString(), "must be later than BUSINESS_HOURS_START ("
                    + opens + ")");
        }
        return BusinessRules.sameEach(days(env.getProperty("BUSINESS_OPEN_DAYS", "MON-FRI")),
                new Opening(opens, closes));
    }

    /**
     * "Mon-Fri 08:00-12:00, 13:00-18:00; Sat 10:00-14:00": each weekday named once, with one or more periods (a
     * lunch break between two); a weekday not named is closed.
     */
    static Map<DayOfWeek, Opening> weeklyHours(String value) {
        Map<DayOfWeek, Opening> week = new EnumMap<>(DayOfWeek.class);
        for (String part : value.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int firstDigit = firstDigit(part);
            String dayText = firstDigit < 0 ? "" : part.substring(0, firstDigit).strip();
            if (dayText.isEmpty()) {
                throw new BadSetting("BUSINESS_HOURS", value, HOURS_EXPECTED + " (could not read '"
                        + part.strip() + "')");
            }
            Set<DayOfWeek> days = days("BUSINESS_HOURS", dayText, value);
            List<OpenPeriod> periods = new ArrayList<>();
            for (String range : part.substring(firstDigit).split(",", -1)) {
                periods.add(period(range, part, value));
            }
            Opening opening;
            try {
                opening = new Opening(periods);
            } catch (IllegalArgumentException overlapping) {
                throw new BadSetting("BUSINESS_HOURS", value, "in '" + part.strip() + "' " + overlapping.getMessage()
                        + "; give a day's periods in order with a break between them");
            }
            for (DayOfWeek day : days) {
                if (week.put(day, opening) != null) {
                    throw new BadSetting("BUSINESS_HOURS", value, spoken(day)
                            + " is in two ranges; give each weekday one opening");
                }
            }
        }
        if (week.isEmpty()) {
            throw new BadSetting("BUSINESS_HOURS", value, HOURS_EXPECTED);
        }
        return week;
    }

    /** One period of a day, "08:00-12:00", read from {@code range}, a piece of {@code part} of the whole value. */
    private static OpenPeriod period(String range, String part, String whole) {
        String[] times = range.split("-", -1);
        if (times.length != 2) {
            throw new BadSetting("BUSINESS_HOURS", whole, HOURS_EXPECTED + " (could not read '" + part.strip()
                    + "')");
        }
        LocalTime opens = timeIn(times[0], part, whole);
        LocalTime closes = timeIn(times[1], part, whole);
        if (!closes.isAfter(opens)) {
            throw new BadSetting("BUSINESS_HOURS", whole, "in '" + part.strip() + "' closing (" + closes
                    + ") must be later than opening (" + opens + ")");
        }
        return new OpenPeriod(opens, closes);
    }

    private static int firstDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static LocalTime timeIn(String text, String part, String whole) {
        try {
            return time("BUSINESS_HOURS", text);
        } catch (BadSetting e) {
            throw new BadSetting("BUSINESS_HOURS", whole, "in '" + part.strip() + "', '" + text.strip()
                    + "' is not a time such as 9, 17 or 09:30");
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

    /** "2026-12-25,2026-12-26"; empty for none. */
    static Set<LocalDate> closedDates(String value) {
        Set<LocalDate> dates = new HashSet<>();
        for (String part : value.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                dates.add(LocalDate.parse(part.strip()));
            } catch (DateTimeParseException e) {
                throw new BadSetting("BUSINESS_CLOSED_DATES", value, "dates such as 2026-12-25,2026-12-26 ('"
                        + part.strip() + "' is not one)");
            }
        }
        return dates;
    }

    /**
     * "Cleaning=60 (hygiene|scale and polish), Checkup=30": name=minutes, each with other words callers use for it
     * in brackets, separated by bars, if any.
     */
    static List<Service> services(String value, Map<DayOfWeek, Opening> week) {
        List<Service> services = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String part : value.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int equals = part.indexOf('=');
            String name = equals < 0 ? "" : part.substring(0, equals).strip();
            if (name.isEmpty()) {
                throw new BadSetting("SERVICES", value, "name=minutes pairs such as Cleaning=60, Checkup=30 (could "
                        + "not read '" + part.strip() + "')");
            }
            String rest = part.substring(equals + 1);
            int bracket = rest.indexOf('(');
            List<String> synonyms = bracket < 0 ? List.of() : synonyms(rest.substring(bracket), name, value);
            Duration length = minutes("SERVICES", bracket < 0 ? rest : rest.substring(0, bracket), 5, DAY_MINUTES,
                    value, "minutes for " + name + " as a whole number from 5 to " + DAY_MINUTES);
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new BadSetting("SERVICES", value, name + " is listed twice");
            }
            if (!fitsSomeOpening(length, week)) {
                throw new BadSetting("SERVICES", value, name + " (" + length.toMinutes()
                        + " minutes) is longer than every opening");
            }
            services.add(new Service(name, length, synonyms));
        }
        if (services.isEmpty()) {
            throw new BadSetting("SERVICES", value, "name=minutes pairs such as Cleaning=60, Checkup=30");
        }
        return services;
    }

    /** "(hygiene|scale and polish)": words, separated by bars, in one pair of brackets closing the entry. */
    private static List<String> synonyms(String bracketed, String service, String value) {
        String inside = bracketed.strip();
        if (!inside.endsWith(")") || inside.indexOf('(', 1) >= 0 || inside.indexOf(')') < inside.length() - 1) {
            throw new BadSetting("SERVICES", value, "other words for " + service + " in one pair of brackets after "
                    + "its minutes, separated by |, such as Cleaning=60 (hygiene|scale and polish)");
        }
        List<String> synonyms = Arrays.stream(inside.substring(1, inside.length() - 1).split("\\|"))
                .map(String::strip).toList();
        if (synonyms.stream().anyMatch(String::isEmpty)) {
            throw new BadSetting("SERVICES", value, "an empty word for " + service + " between its brackets");
        }
        return synonyms;
    }

    private static boolean fitsSomeOpening(Duration length, Map<DayOfWeek, Opening> week) {
        return week.values().stream().anyMatch(opening -> opening.fits(length));
    }

    private static Duration minutes(String name, String value, int min, int max) {
        return Duration.ofMinutes(whole(name, value, min, max));
    }

    private static Duration minutes(String name, String part, int min, int max, String whole, String expected) {
        try {
            return minutes(name, part, min, max);
        } catch (BadSetting e) {
            throw new BadSetting(name, whole, expected);
        }
    }

    static int whole(String name, String value, int min, int max) {
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
        return days("BUSINESS_OPEN_DAYS", value, value);
    }

    /** Days in {@code text}, a piece of the setting's {@code whole} value; a range may wrap, as in FRI-MON. */
    private static Set<DayOfWeek> days(String name, String text, String whole) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.split(",")) {
            String[] range = part.strip().split("-", -1);
            if (range.length > 2 || range[0].isBlank()) {
                throw new BadSetting(name, whole, DAYS_EXPECTED);
            }
            DayOfWeek first = day(name, range[0], whole);
            DayOfWeek last = range.length == 2 ? day(name, range[1], whole) : first;
            for (DayOfWeek d = first; ; d = d.plus(1)) {
                days.add(d);
                if (d == last) {
                    break;
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(String name, String text, String whole) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (t.length() >= 3 && day.name().startsWith(t)) {
                return day;
            }
        }
        throw new BadSetting(name, whole, "'" + text.strip() + "' is not a weekday; " + DAYS_EXPECTED);
    }

    private static String spoken(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
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
