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
import java.util.Map;
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
 * callers name anywhere (holidays.tsv), whose date follows from a rule or, for the lunar New Year, a table. Jewish,
 * Islamic and Hindu holidays are not known: their dates need a calendar conversion or a table per year, and the day
 * callers mean (the eve or the day) varies.
 */
final class Holidays {

    /**
     * @param inYear the day in a given year, or null for a year a table does not cover
     * @param hours  the hours of the day it is kept in, said as a caller would ("from 8:30 pm to 9:30 pm"), or ""
     *               when it is the whole day
     */
    private record Holiday(Pattern name, IntFunction<LocalDate> inYear, String hours) {
    }

    /** The possessive a name's word may be written with, or without: "mother's", "mothers'", "mothers", "mother". */
    private static final String S = "(?:'s|s'|s|')?";
    /** "The closest xmas to today" asks which christmas, so the name stays for the date reader to weigh. */
    private static final Pattern WEIGHED = Pattern.compile("\\b(?:closest|nearest) $");
    /** "A year from", "two weeks after": a span counted from the holiday, which is then the nearest one. */
    private static final Pattern COUNTED_FROM = Pattern.compile(
            "\\b(?:a|an|one|\\d{1,3}) (?:days?|weeks?|months?|years?) (?:from|after) $");
    private static final Pattern YEAR_AFTER = Pattern.compile("^(?: day)?(?: of)? ?(\\d{4})\\b");

    private static final List<Holiday> ALL = Lexicon.rows("holidays.tsv").stream()
            .map(row -> new Holiday(name(row.get(0)), rule(row.get(1)), row.size() > 2 ? " " + row.get(2) : ""))
            .toList();
    /** The words that begin a name, said at the start of a word: text without any names no holiday. */
    private static final Pattern FIRST_WORD = Pattern.compile(Lexicon.rows("holidays.tsv").stream()
            .flatMap(row -> Arrays.stream(row.get(0).split(", ")))
            .map(way -> Arrays.stream(way.split(" ")).filter(w -> !w.startsWith("[")).findFirst().orElseThrow())
            .map(word -> word.replace("'s", "")).distinct().collect(Collectors.joining("|", "\\b(?:", ")")));

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
                    .forEach(name -> ours.add(new Holiday(spoken(name), inYear, "")));
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
        if (!own && !FIRST_WORD.matcher(text).find()) {
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

    private static String spelled(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT) + " "
                + day.getDayOfMonth() + " " + day.getYear();
    }

    /** A name's ways of being said (see holidays.tsv) as a pattern. */
    private static Pattern name(String ways) {
        List<String> said = new ArrayList<>();
        for (String way : ways.split(", ")) {
            StringBuilder out = new StringBuilder();
            boolean spaced = false;
            for (String word : way.split(" ")) {
                boolean optional = word.startsWith("[");
                String bare = optional ? word.substring(1, word.length() - 1) : word;
                String alternatives = "(?:" + bare.replace("'s", "") + ")" + (bare.endsWith("'s") ? S : "");
                out.append(!optional ? (spaced ? " " : "") + alternatives
                        : "(?:" + (spaced ? " " + alternatives : alternatives + " ") + ")?");
                spaced |= !optional;
            }
            said.add(out.toString());
        }
        return Pattern.compile("\\b(?:(?:next|this|the|coming) )?(?:" + String.join("|", said) + ")\\b");
    }

    /** A rule of holidays.tsv as the day it gives in a year. */
    private static IntFunction<LocalDate> rule(String rule) {
        String[] r = rule.split(" ");
        if (r[0].equals("easter")) {
            return y -> easterSunday(y).plusDays(Integer.parseInt(r[1]));
        }
        if (r[0].equals("days")) {
            Map<Integer, LocalDate> days = Arrays.stream(r).skip(1).map(LocalDate::parse)
                    .collect(Collectors.toMap(LocalDate::getYear, day -> day));
            return days::get;
        }
        if (rule.equals("earth hour")) {
            return Holidays::earthHour;
        }
        Month month = Lexicon.ENGLISH.month(r[0]);
        if (r.length == 2) {
            return y -> LocalDate.of(y, month, Integer.parseInt(r[1]));
        }
        DayOfWeek weekday = Lexicon.ENGLISH.weekday(r[1]);
        int later = r.length > 3 ? Integer.parseInt(r[3]) : 0;
        return y -> LocalDate.of(y, month, 1).with(r[2].equals("last") ? TemporalAdjusters.lastInMonth(weekday)
                : TemporalAdjusters.dayOfWeekInMonth(Integer.parseInt(r[2]), weekday)).plusDays(later);
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
