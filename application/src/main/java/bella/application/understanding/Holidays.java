package bella.application.understanding;

import bella.application.understanding.Grammar.Item;
import de.focus_shift.jollyday.core.parser.functions.CalculateGregorianEasterSunday;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
     * @param ways   the ways of saying its name, each a pattern of words
     * @param alone  whether its one word is a day only after a word that asks for one ("on thanksgiving")
     * @param inYear the day in a given year, or null for a year a table does not cover
     * @param hours  the hours of the day it is kept in, said as a caller would ("from 8:30 pm to 9:30 pm"), or
     *               none when it is the whole day
     */
    private record Holiday(List<List<Item>> ways, boolean alone, IntFunction<LocalDate> inYear, List<String> hours) {
        /** Where the name said from word i ends, -1 if none is; "new year" is not the start of "new year's eve". */
        int end(List<String> words, int i) {
            for (List<Item> way : ways) {
                int end = Grammar.matchEnd(way, 0, words, i);
                if (end > i && (!alone || WHEN.contains(Grammar.at(words, end - 2)))
                        && !Grammar.at(words, end).equals("eve")) {
                    return end;
                }
            }
            return -1;
        }
    }

    /** Western Easter, as the holiday library reckons it. */
    private static final CalculateGregorianEasterSunday EASTER = new CalculateGregorianEasterSunday();
    /** A name may follow these ("the christmas", "next canada day"). */
    private static final String LEAD = "[next|this|the|coming] ";
    /** "A year from", "two weeks after": a span counted from the holiday, which is then the nearest one. */
    private static final List<Item> COUNTED_FROM = Grammar.phrase(
            "a|an|one|<n> day|days|week|weeks|month|months|year|years from|after", Holidays::kind);
    /** A year said after the name: "christmas 2027", "new year's day of 2028". */
    private static final List<Item> YEAR_AFTER = Grammar.phrase("[day] [of] <year>", Holidays::kind);
    /** "On", "after", "until" Thanksgiving: a one-word holiday said without "day" is a day only after these. */
    private static final Set<String> WHEN = Set.of("on", "after", "before", "until", "till", "by", "over", "around",
            "since", "for", "from", "next", "this", "coming");

    private static final List<Holiday> ALL = Lexicon.rows("holidays.tsv").stream()
            .map(row -> new Holiday(Arrays.stream(row.get(0).split(", ")).map(way -> way(LEAD + way)).toList(),
                    false, rule(row.get(1)), row.size() > 2 ? List.of(row.get(2).split(" ")) : List.of()))
            .toList();

    /** The business's public holidays that the days named anywhere do not already give, then those. */
    private final List<Holiday> all;

    /** @param year the year around which the business's holidays are looked up, for their names */
    Holidays(PublicHolidays business, int year) {
        List<Holiday> ours = new ArrayList<>();
        business.names(year).forEach((key, names) -> {
            IntFunction<LocalDate> inYear = y -> business.in(key, y);
            names.stream().filter(name -> !knownAlike(name, inYear, year)).forEach(name -> ours.addAll(spoken(name,
                    inYear)));
        });
        ours.addAll(ALL);
        all = List.copyOf(ours);
    }

    /** A name the days named anywhere already read, as the same day. */
    private static boolean knownAlike(String name, IntFunction<LocalDate> inYear, int year) {
        List<String> words = List.of(name.split(" "));
        return ALL.stream().anyMatch(known -> known.end(words, 0) == words.size()
                && Objects.equals(known.inYear().apply(year), inYear.apply(year))
                && Objects.equals(known.inYear().apply(year + 1), inYear.apply(year + 1)));
    }

    /**
     * A holiday's name as callers say it: "boxing day", "canada day", "queen victoria's birthday", with or without
     * "the", "next" or a possessive; a name of one word ("thanksgiving", "civic") followed by "day" or "holiday", or
     * alone after a word that asks for a day ("on thanksgiving").
     */
    private static List<Holiday> spoken(String name, IntFunction<LocalDate> inYear) {
        String[] bare = name.replaceAll(" (?:day|holiday)$", "").split(" ");
        String words = LEAD + Arrays.stream(bare).map(w -> w.endsWith("'s") ? w : w + "|" + w + "'s")
                .collect(Collectors.joining(" "));
        Holiday named = new Holiday(List.of(Grammar.phrase(words + (bare.length > 1 ? " [day|holiday]"
                : " day|holiday"), Holidays::kind)), false, inYear, List.of());
        return bare.length > 1 ? List.of(named) : List.of(named, new Holiday(List.of(Grammar.phrase(words,
                Holidays::kind)), true, inYear, List.of()));
    }

    /** The text with each holiday name replaced by "month day year": the next one to come unless a year is said. */
    String spellOut(String text, LocalDate today) {
        List<String> words = new ArrayList<>(Grammar.words(text));
        for (Holiday holiday : all) {
            int from = 0;
            int end = -1;
            while (from < words.size() && (end = holiday.end(words, from)) < 0) {
                from++;
            }
            if (end < 0 || Set.of("closest", "nearest").contains(Grammar.at(words, from - 1))
                    || partOfALongerName(words, from, end)) {
                continue;
            }
            int yearEnd = Grammar.matchEnd(YEAR_AFTER, 0, words, end);
            LocalDate day;
            if (yearEnd > end) {
                day = holiday.inYear().apply(Integer.parseInt(words.get(yearEnd - 1)));
                end = yearEnd;
            } else if (from >= 3 && Grammar.matchEnd(COUNTED_FROM, 0, words, from - 3) == from) {
                day = nearest(holiday, today);
            } else {
                day = holiday.inYear().apply(today.getYear());
                if (day == null || day.isBefore(today)) {
                    day = holiday.inYear().apply(today.getYear() + 1);
                }
            }
            if (day != null) {
                words.subList(from, end).clear();
                words.addAll(from, spelled(day, holiday.hours()));
            }
        }
        return String.join(" ", words);
    }

    /** "New year" inside "chinese new year": the longest name said is the holiday, whoever keeps it. */
    private boolean partOfALongerName(List<String> words, int from, int to) {
        for (Holiday other : all) {
            for (int i = 0; i <= from; i++) {
                int end = other.end(words, i);
                if (end >= to && end - i > to - from) {
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
        List<String> said = Grammar.words(words);
        return all.stream().filter(h -> h.end(said, 0) == said.size()).findFirst().map(Holiday::inYear);
    }

    /** The last Saturday of March, kept a week earlier when that Saturday is the eve of Easter (as in 2013 and 2024). */
    private static LocalDate earthHour(int year) {
        LocalDate last = LocalDate.of(year, Month.MARCH, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SATURDAY));
        return last.equals(EASTER.apply(Year.of(year)).minusDays(1)) ? last.minusWeeks(1) : last;
    }

    private static List<String> spelled(LocalDate day, List<String> hours) {
        List<String> spelled = new ArrayList<>(List.of(day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                .toLowerCase(Locale.ROOT), Integer.toString(day.getDayOfMonth()), Integer.toString(day.getYear())));
        spelled.addAll(hours);
        return spelled;
    }

    /** A way of saying a name (see holidays.tsv) as a pattern; a word ending in "'s" may drop its possessive. */
    private static List<Item> way(String way) {
        return Grammar.phrase(Arrays.stream(way.split(" ")).map(word -> {
            boolean optional = word.startsWith("[");
            String bare = optional ? word.substring(1, word.length() - 1) : word;
            String said = !bare.endsWith("'s") ? bare : Arrays.stream(bare.replace("'s", "").split("\\|"))
                    .flatMap(w -> Stream.of(w, w + "'s", w + "s'", w + "s", w + "'")).collect(Collectors.joining("|"));
            return optional ? "[" + said + "]" : said;
        }).collect(Collectors.joining(" ")), Holidays::kind);
    }

    /** The kinds of word a holiday's patterns name: a number of up to three figures, a year. */
    private static Predicate<String> kind(String kind) {
        return kind.equals("n") ? w -> Grammar.digits(w, 1, 3) : w -> Grammar.digits(w, 4, 4);
    }

    /** A rule of holidays.tsv as the day it gives in a year. */
    private static IntFunction<LocalDate> rule(String rule) {
        String[] r = rule.split(" ");
        if (r[0].equals("easter")) {
            return y -> EASTER.apply(Year.of(y)).plusDays(Integer.parseInt(r[1]));
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
}
