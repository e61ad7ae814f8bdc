package bella.application.understanding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names of holidays callers book around ("the day after thanksgiving", "christmas eve"), rewritten as the date they
 * fall on, since natty's holiday data needs libraries the service does not carry. The business's own public holidays
 * ({@link PublicHolidays}) come first: "Thanksgiving" in Ontario is in October, and "Canada Day" a day. Then the days
 * callers name anywhere, whose date follows from a rule (fixed days, the n-th weekday of a month, the days counted
 * from Easter), and the lunar New Year from a table. Jewish, Islamic and Hindu holidays are not known: their dates
 * need a calendar conversion or a table per year, and the day callers mean (the eve or the day) varies.
 */
final class Holidays {

    /**
     * @param inYear the day in a given year, or null for a year a table does not cover
     * @param hours  the hours of the day it is kept in, said as a caller would ("from 8:30 pm to 9:30 pm"), or ""
     *               when it is the whole day
     */
    private record Holiday(Pattern name, IntFunction<LocalDate> inYear, String hours) {

        Holiday(Pattern name, IntFunction<LocalDate> inYear) {
            this(name, inYear, "");
        }
    }

    /**
     * Chinese (lunar) New Year from 2013 to 2035. It follows the moon and the solar terms, with no short rule, so it
     * is a table; beyond it the name is not read.
     */
    private static final int FIRST_LUNAR_YEAR = 2013;
    private static final int[][] LUNAR_NEW_YEAR = {{2, 10}, {1, 31}, {2, 19}, {2, 8}, {1, 28}, {2, 16}, {2, 5},
            {1, 25}, {2, 12}, {2, 1}, {1, 22}, {2, 10}, {1, 29}, {2, 17}, {2, 6}, {1, 26}, {2, 13}, {2, 3},
            {1, 23}, {2, 11}, {1, 31}, {2, 19}, {2, 8}};

    private static final String S = "(?:'s|s'|s|')?";
    private static final Pattern CUE = Pattern.compile(
            "\\b(?:christmas|xmas|new year|valentine|halloween|patrick|paddy|independence|july|veteran|boss|vegan"
                    + "|law|lei|loyalty|lincoln|tax|sibling|earth|groundhog|fool|thanksgiving|black|king|mlk"
                    + "|president|washington|memorial|decoration|labou?r|mother|father|columbus|easter|good"
                    + "|maundy|covenant|mysteries|palm|branch|pentecost|whit|white|holy spirit|trinity|ash|mardi"
                    + "|pancake|shrove|ides|daisy|lunar|chinese)");
    /** "The closest xmas to today" asks which christmas, so the name stays for the date reader to weigh. */
    private static final Pattern WEIGHED = Pattern.compile("\\b(?:closest|nearest) $");
    /** "A year from", "two weeks after": a span counted from the holiday, which is then the nearest one. */
    private static final Pattern COUNTED_FROM = Pattern.compile(
            "\\b(?:a|an|one|\\d{1,3}) (?:days?|weeks?|months?|years?) (?:from|after) $");
    private static final Pattern YEAR_AFTER = Pattern.compile("^(?: day)?(?: of)? ?(\\d{4})\\b");

    private static final List<Holiday> ALL = List.of(
            new Holiday(name("(?:chinese |lunar )+new year" + S + "(?: day)?"), Holidays::lunarNewYear),
            fixed("ides of march", Month.MARCH, 15),

            fixed("christmas eve|xmas eve", Month.DECEMBER, 24),
            fixed("christmas(?: day)?|xmas(?: day)?", Month.DECEMBER, 25),
            fixed("new year" + S + " eve", Month.DECEMBER, 31),
            fixed("new year" + S + " day", Month.JANUARY, 1),
            fixed("(?:saint |st )?valentine" + S + "(?: day)?", Month.FEBRUARY, 14),
            fixed("halloween", Month.OCTOBER, 31),
            fixed("(?:saint |st )?(?:patrick|paddy)" + S + " day", Month.MARCH, 17),
            fixed("independence day|(?:the )?(?:4th|fourth) of july", Month.JULY, 4),
            fixed("veteran" + S + " day", Month.NOVEMBER, 11),
            fixed("boss" + S + "(?:'s)? day", Month.OCTOBER, 16),
            fixed("world vegan day", Month.NOVEMBER, 1),
            fixed("(?:law|lei|loyalty) day", Month.MAY, 1),
            fixed("(?:abraham )?lincoln" + S + " birthday", Month.FEBRUARY, 12),
            fixed("tax day", Month.APRIL, 15),
            fixed("(?:national )?sibling" + S + " day", Month.APRIL, 10),
            fixed("earth day", Month.APRIL, 22),
            new Holiday(name("earth hour"), Holidays::earthHour, " from 8:30 pm to 9:30 pm"),
            fixed("groundhog" + S + " day", Month.FEBRUARY, 2),
            fixed("april fool" + S + "(?: day)?", Month.APRIL, 1),
            new Holiday(name("black friday"), y -> nth(y, Month.NOVEMBER, 4, DayOfWeek.THURSDAY).plusDays(1)),
            nth("thanksgiving(?: day)?", Month.NOVEMBER, 4, DayOfWeek.THURSDAY),
            nth("mlk(?: jr)? day|(?:dr )?martin luther king" + S + "(?: jr)?(?: day)?", Month.JANUARY, 3,
                    DayOfWeek.MONDAY),
            nth("president" + S + " day|(?:george )?washington" + S + " (?:day|birthday)", Month.FEBRUARY, 3,
                    DayOfWeek.MONDAY),
            nth("daisy gat?son bates(?: day)?", Month.FEBRUARY, 3, DayOfWeek.MONDAY),
            last("memorial day|decoration day", Month.MAY, DayOfWeek.MONDAY),
            nth("labou?r day", Month.SEPTEMBER, 1, DayOfWeek.MONDAY),
            nth("mother" + S + " day", Month.MAY, 2, DayOfWeek.SUNDAY),
            nth("father" + S + " day", Month.JUNE, 3, DayOfWeek.SUNDAY),
            nth("columbus day", Month.OCTOBER, 2, DayOfWeek.MONDAY),
            easter("easter mon(?:day)?", 1),
            easter("easter(?: sunday)?", 0),
            easter("good friday", -2),
            easter("maundy thu(?:rsday)?|covenant thu(?:rsday)?|thu(?:rsday)? of mysteries", -3),
            easter("palm sunday|branch sunday", -7),
            easter("pentecost|whit sunday|white sunday", 49),
            easter("whit monday|monday of the holy spirit", 50),
            easter("trinity sunday", 56),
            easter("ash wednesday", -46),
            easter("mardi gras|pancake day|shrove tuesday", -47));

    /** "On", "after", "until" Thanksgiving: a one-word holiday said without "day" is a day only after these. */
    private static final String WHEN = "(?<=\\b(?:on|after|before|until|till|by|over|around|since|for|from|next"
            + "|this|coming) )";
    /** The days that end a name of their own: "new year" is not the start of "new year's eve". */
    private static final String NOT_PART_OF_ANOTHER = "\\b(?!'| eve\\b)";

    /** The business's public holidays that the days named anywhere do not already give, then those. */
    private final List<Holiday> all;
    private final boolean own;

    /** @param year the year around which the business's holidays are looked up, for their names */
    Holidays(PublicHolidays business, int year) {
        List<Holiday> ours = new ArrayList<>();
        business.names(year).forEach((key, names) -> {
            IntFunction<LocalDate> inYear = y -> business.in(key, y);
            names.stream().filter(name -> !knownAlike(name, inYear, year))
                    .forEach(name -> ours.add(new Holiday(spoken(name), inYear)));
        });
        own = !ours.isEmpty();
        ours.addAll(ALL);
        all = List.copyOf(ours);
    }

    /** A name the days named anywhere already read, as the same day. */
    private static boolean knownAlike(String name, IntFunction<LocalDate> inYear, int year) {
        return ALL.stream().anyMatch(known -> known.name().matcher(name).matches()
                && Objects.equals(known.inYear().apply(year), inYear.apply(year))
                && Objects.equals(known.inYear().apply(year + 1), inYear.apply(year + 1)));
    }

    /**
     * A holiday's name as callers say it: "boxing day", "canada day", "queen victoria's birthday", with or without
     * "the", "next" or a possessive; a name of one word ("thanksgiving", "civic") followed by "day" or "holiday", or
     * alone after a word that asks for a day ("on thanksgiving").
     */
    private static Pattern spoken(String name) {
        String bare = name.replaceAll(" (?:day|holiday)$", "");
        String words = Arrays.stream(bare.split(" "))
                .map(word -> Pattern.quote(word.replaceAll("'s$", "")) + (word.endsWith("'s") ? "'s" : "(?:'s)?"))
                .collect(Collectors.joining(" "));
        String said = bare.contains(" ") ? words + "(?: day| holiday)?"
                : "(?:" + words + " (?:day|holiday)|" + WHEN + words + ")";
        return Pattern.compile("\\b(?:(?:next|this|the|coming) )?" + said + NOT_PART_OF_ANOTHER);
    }

    /** The text with each holiday name replaced by "month day year": the next one to come unless a year is said. */
    String spellOut(String text, LocalDate today) {
        if (!own && !CUE.matcher(text).find()) {
            return text;
        }
        String s = text;
        for (Holiday holiday : all) {
            Matcher m = holiday.name().matcher(s);
            if (!m.find() || WEIGHED.matcher(s.substring(Math.max(0, m.start() - 8), m.start())).find()
                    || partOfALongerName(s, m.start(), m.end())) {
                continue;
            }
            Matcher year = YEAR_AFTER.matcher(s.substring(m.end()));
            LocalDate day;
            int end = m.end();
            if (year.find()) {
                day = holiday.inYear().apply(Integer.parseInt(year.group(1)));
                end += year.end();
            } else if (COUNTED_FROM.matcher(s.substring(0, m.start())).find()) {
                day = nearest(holiday, today);
            } else {
                day = holiday.inYear().apply(today.getYear());
                if (day == null || day.isBefore(today)) {
                    day = holiday.inYear().apply(today.getYear() + 1);
                }
            }
            if (day != null) {
                s = s.substring(0, m.start()) + spelled(day) + holiday.hours() + s.substring(end);
            }
        }
        return s;
    }

    /** "New year" inside "chinese new year": the longest name said is the holiday, whoever keeps it. */
    private boolean partOfALongerName(String text, int from, int to) {
        for (Holiday other : all) {
            Matcher longer = other.name().matcher(text);
            while (longer.find()) {
                if (longer.start() <= from && longer.end() >= to && longer.end() - longer.start() > to - from) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The occurrence nearest today, before or after: "a year from Christmas" said in February counts from the
     * Christmas just past, not the one ten months ahead.
     */
    private static LocalDate nearest(Holiday holiday, LocalDate today) {
        LocalDate best = null;
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
            LocalDate day = holiday.inYear().apply(year);
            if (day != null && (best == null || distance(day, today) < distance(best, today))) {
                best = day;
            }
        }
        return best;
    }

    private static long distance(LocalDate day, LocalDate today) {
        return Math.abs(day.toEpochDay() - today.toEpochDay());
    }

    /** The rule for the holiday the words name as a whole ("xmas", "the fourth of july"), if they name one. */
    Optional<IntFunction<LocalDate>> named(String words) {
        return all.stream().filter(h -> h.name().matcher(words).matches()).findFirst().map(Holiday::inYear);
    }

    /** The last Saturday of March, kept a week earlier when that Saturday is the eve of Easter (as in 2013 and 2024). */
    private static LocalDate earthHour(int year) {
        LocalDate last = LocalDate.of(year, Month.MARCH, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SATURDAY));
        return last.equals(easterSunday(year).minusDays(1)) ? last.minusWeeks(1) : last;
    }

    private static LocalDate lunarNewYear(int year) {
        int i = year - FIRST_LUNAR_YEAR;
        return i < 0 || i >= LUNAR_NEW_YEAR.length ? null
                : LocalDate.of(year, LUNAR_NEW_YEAR[i][0], LUNAR_NEW_YEAR[i][1]);
    }

    private static String spelled(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT) + " "
                + day.getDayOfMonth() + " " + day.getYear();
    }

    private static Pattern name(String regex) {
        return Pattern.compile("\\b(?:(?:next|this|the|coming) )?(?:" + regex + ")\\b");
    }

    private static Holiday fixed(String regex, Month month, int day) {
        return new Holiday(name(regex), y -> LocalDate.of(y, month, day));
    }

    private static Holiday nth(String regex, Month month, int n, DayOfWeek weekday) {
        return new Holiday(name(regex), y -> nth(y, month, n, weekday));
    }

    private static LocalDate nth(int year, Month month, int n, DayOfWeek weekday) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
    }

    private static Holiday last(String regex, Month month, DayOfWeek weekday) {
        return new Holiday(name(regex), y -> LocalDate.of(y, month, 1).with(TemporalAdjusters.lastInMonth(weekday)));
    }

    private static Holiday easter(String regex, int daysAfter) {
        return new Holiday(name(regex), y -> easterSunday(y).plusDays(daysAfter));
    }

    /** Western Easter by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
