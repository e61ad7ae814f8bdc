package bella.application.understanding;

import static bella.application.understanding.Grammar.digits;

import bella.application.understanding.Grammar.Item;
import bella.application.understanding.Grammar.Match;
import bella.application.understanding.Grammar.Production;
import bella.domain.call.Grain;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Days said with a booking convention natty does not share, as productions over words: "next friday" is the
 * friday of next week (said early in a week it may also mean the coming one, kept as the other reading), "friday
 * week", "the 2nd tuesday of next month", "the end of next week", "in a fortnight", "july 13 to 15". Where
 * readings overlap, the one read from the most words wins.
 */
final class DateConventions {

    private static final Lexicon WORDS = Lexicon.ENGLISH;

    /** The kinds of word the rows of dates.tsv name. */
    private static final Map<String, Predicate<String>> KINDS = Map.of(
            "n", w -> digits(w, 1, 2),
            "nth", DateConventions::isNth,
            "day", w -> digits(w, 1, 2) || isNth(w),
            "days", w -> days(w) != null,
            "weekday", w -> WORDS.weekday(w) != null,
            "month", w -> WORDS.month(w) != null,
            "which", w -> WORDS.isA("this", w) || WORDS.isA("next", w));
    /** What may come before a season's name for it to be the one asked for ("in the spring", "next summer"). */
    private static final Set<String> SEASON_LEADS = Set.of("this", "current", "next", "coming", "upcoming", "in the",
            "in", "during the", "over the", "the");
    /** The productions the rows of dates.tsv name. */
    private static final Map<String, BiFunction<Match, LocalDate, SaidDate>> PRODUCTIONS = Map.ofEntries(
            Map.entry("upcoming days", (m, today) -> m.previous().equals("next") ? null
                    : SaidDate.of(today.plusDays(number(m.word(0))))),
            Map.entry("nth of which month", DateConventions::nthOfWhichMonth),
            Map.entry("nth last day", DateConventions::nthLastDay),
            Map.entry("season", DateConventions::season),
            Map.entry("last weekend", (m, today) -> {
                LocalDate saturday = nextMonthStart(today, WORDS.month(m.last()))
                        .with(TemporalAdjusters.lastInMonth(DayOfWeek.SATURDAY));
                return SaidDate.span(saturday, saturday.plusDays(2), Grain.DAY);
            }),
            Map.entry("weeks ahead", DateConventions::weeksAhead),
            Map.entry("days ahead", DateConventions::daysAhead),
            Map.entry("next week weekday", (m, today) -> SaidDate.of(mondayOf(today).plusWeeks(1)
                    .with(TemporalAdjusters.nextOrSame(WORDS.weekday(m.last()))))),
            Map.entry("weekday week", (m, today) -> Set.of("next", "this", "last", "of").contains(m.previous()) ? null
                    : weeksAfter(today, m.word(0), m.last())),
            Map.entry("a week on weekday", (m, today) -> weeksAfter(today, m.last(), m.word(1))),
            Map.entry("a week today", (m, today) -> SaidDate.of((m.last().equals("today") ? today : today.plusDays(1))
                    .plusWeeks(m.word(1).equals("fortnight") ? 2 : 1))),
            Map.entry("next days", (m, today) -> m.words().contains("of") && !m.word(1).equals("couple") ? null
                    : SaidDate.span(today.plusDays(1), today.plusDays(1L + few(m.word(1))), Grain.DAY)),
            Map.entry("part of week", DateConventions::partOfWeek),
            Map.entry("weekend", DateConventions::weekend),
            Map.entry("weekday after next", (m, today) -> SaidDate.of(today.with(TemporalAdjusters.next(
                    WORDS.weekday(m.word(0)))).plusWeeks(1))),
            Map.entry("next weekday", DateConventions::nextWeekday),
            Map.entry("nth weekday of which month", DateConventions::nthWeekdayOfWhichMonth),
            Map.entry("nth weekday of month", DateConventions::nthWeekdayOfMonth),
            Map.entry("days of a month", DateConventions::daysOfAMonth),
            Map.entry("part of month", DateConventions::partOfMonth));
    private static final List<Production<LocalDate, SaidDate>> RULES = Lexicon.rows("dates.tsv").stream()
            .map(row -> new Production<>(row.get(0), Grammar.phrase(row.get(1), KINDS::get),
                    Objects.requireNonNull(PRODUCTIONS.get(row.get(0)), row.get(0))))
            .toList();
    /**
     * "2-15", "2-15-2026": a day in figures, in US month-day order, in the year said or else the next one to come.
     * The same shape is a range of hours ("2-4", "9-11"), so a pair is a day only when it cannot be hours on a
     * twelve-hour dial (see {@link #isMonthDay}) and nothing after it makes it a count or a time.
     */
    private static final Production<LocalDate, SaidDate> IN_FIGURES = Production.of("<month>-<day>",
            DateConventions::inFigures, Item.word(w -> inFigures(w) != null));
    /** With a day of the month said, the week named around a weekday yields to it ("next week, Friday the 11th"). */
    private static final List<Production<LocalDate, SaidDate>> BESIDE_A_DAY_OF_THE_MONTH = RULES.stream()
            .filter(rule -> !rule.name().equals("next week weekday") && !rule.name().equals("next weekday")).toList();

    private DateConventions() {
    }

    /**
     * The day the words name by one of the conventions, read from the most words where several apply.
     *
     * @param dayOfMonthSaid whether a day of the month is said too, which outweighs the week named around a weekday
     */
    static Optional<SaidDate> read(String text, LocalDate today, boolean dayOfMonthSaid) {
        List<String> words = words(text);
        return Grammar.best(List.of(IN_FIGURES), words, today)
                .or(() -> Grammar.best(dayOfMonthSaid ? BESIDE_A_DAY_OF_THE_MONTH : RULES, words, today))
                .map(Grammar.Reading::value);
    }

    /** True when "first-second" can only be a day: the second number is no clock hour and falls in that month. */
    static boolean isMonthDay(int first, int second) {
        return first >= 1 && first <= 12 && second > 12 && second <= Month.of(first).maxLength();
    }

    private static SaidDate inFigures(Match m, LocalDate today) {
        int[] said = inFigures(m.word(0));
        if (!isMonthDay(said[0], said[1]) || m.next().equals("am") || m.next().equals("pm")
                || WORDS.isA("counts a range", m.next())) {
            return null;
        }
        if (said[2] > 0) {
            int year = said[2] < 100 ? 2000 + said[2] : said[2];
            return said[1] <= Month.of(said[0]).length(Year.isLeap(year)) ? SaidDate.of(LocalDate.of(year, said[0],
                    said[1])) : null;
        }
        for (int year = today.getYear(); year <= today.getYear() + 8; year++) {
            if (said[1] <= Month.of(said[0]).length(Year.isLeap(year))
                    && !LocalDate.of(year, said[0], said[1]).isBefore(today)) {
                return SaidDate.of(LocalDate.of(year, said[0], said[1]));
            }
        }
        return null;
    }

    /** "2-15" is {2, 15, 0} and "2-15-26" {2, 15, 26}; null for any other word. */
    private static int[] inFigures(String w) {
        String[] parts = w.split("-", -1);
        boolean pair = (parts.length == 2 || parts.length == 3 && (digits(parts[2], 2, 2) || digits(parts[2], 4, 4)))
                && digits(parts[0], 1, 2) && digits(parts[1], 1, 2);
        return pair ? new int[] {number(parts[0]), number(parts[1]), parts.length == 3 ? number(parts[2]) : 0} : null;
    }

    /** The words of the text, with a possessive "'s" a word of its own ("friday's" is read as "friday"). */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.trim().split("\\s+")) {
            if (w.endsWith("'s") && w.length() > 2) {
                words.add(w.substring(0, w.length() - 2));
                words.add("'s");
            } else if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static SaidDate nthOfWhichMonth(Match m, LocalDate today) {
        LocalDate month = today.withDayOfMonth(1).plusMonths(WORDS.isA("this", m.word(m.words().size() - 2)) ? 0 : 1);
        int day = nth(m);
        return day >= 1 && day <= month.lengthOfMonth() ? SaidDate.of(month.withDayOfMonth(day)) : null;
    }

    private static SaidDate nthLastDay(Match m, LocalDate today) {
        int back = m.words().stream().anyMatch(DateConventions::isNth) ? nth(m) - 1 : 0;
        LocalDate first = nextMonthStart(today, WORDS.month(m.last()));
        LocalDate day = first.plusMonths(1).minusDays(1L + back);
        if (day.isBefore(today)) {
            day = first.plusYears(1).plusMonths(1).minusDays(1L + back);
        }
        return back < 28 ? SaidDate.of(day) : null;
    }

    /** "The winter tyres on the 9th": a season is the date only when no day is named. */
    private static SaidDate season(Match m, LocalDate today) {
        String lead = String.join(" ", m.words().subList(0, m.words().size() - 1));
        String text = String.join(" ", m.utterance());
        boolean dayNamed = DateReader.DAY_PHRASE.matcher(text).find() || DateReader.BARE_ORDINAL.matcher(text).find();
        return SEASON_LEADS.contains(lead) && !dayNamed ? Seasons.read(lead, m.last(), today) : null;
    }

    /** "In two weeks", "a month from now"; with a weekday, "in two weeks on monday" is the monday of that week. */
    private static SaidDate weeksAhead(Match m, LocalDate today) {
        if (!fromNow(m) || spelledDate(m.utterance()) != null) {
            return null;
        }
        int i = m.word(0).equals("in") ? 1 : 0;
        String amount = m.word(i);
        String unit = m.word(i + 1);
        int n = digits(amount, 1, 2) ? number(amount) : 1;
        LocalDate day = unit.startsWith("week") ? today.plusWeeks(n)
                : unit.startsWith("fortnight") ? today.plusWeeks(2L * n) : today.plusMonths(n);
        DayOfWeek weekday = m.utterance().stream().map(WORDS::weekday).filter(Objects::nonNull).findFirst()
                .orElse(null);
        if (!unit.startsWith("month") && weekday != null) {
            day = mondayOf(day).with(TemporalAdjusters.nextOrSame(weekday));
        }
        return SaidDate.of(day);
    }

    private static SaidDate daysAhead(Match m, LocalDate today) {
        List<String> w = m.words();
        int of = w.indexOf("of");
        if (!fromNow(m) || of >= 0 && !w.get(of - 1).equals("couple")) {
            return null;
        }
        String amount = w.stream().filter(x -> x.equals("couple") || x.equals("few") || digits(x, 1, 2)).findFirst()
                .orElse("a");
        return SaidDate.of(today.plusDays(amount.equals("a") ? 1 : few(amount)));
    }

    /** "From" counts from now only when "now" or "today" follows it. */
    private static boolean fromNow(Match m) {
        return !m.words().contains("from") || m.words().contains("now") || m.words().contains("today");
    }

    private static SaidDate weeksAfter(LocalDate today, String weekday, String unit) {
        return SaidDate.of(today.with(TemporalAdjusters.next(WORDS.weekday(weekday))).plusWeeks(
                unit.equals("fortnight") ? 2 : 1));
    }

    private static SaidDate partOfWeek(Match m, LocalDate today) {
        String which = m.words().get(m.words().size() - 2);
        boolean next = Set.of("next", "following", "coming").contains(which);
        LocalDate monday = mondayOf(today).plusWeeks(next ? 1 : 0);
        String part = m.word(0);
        if (part.equals("rest")) {
            return SaidDate.span(today, monday.plusWeeks(1), Grain.DAY);
        }
        int from = Set.of("beginning", "start", "early").contains(part) ? 0
                : Set.of("mid", "middle").contains(part) ? 2 : 4;
        int to = from == 0 ? 3 : from == 2 ? 4 : 7;
        return SaidDate.ahead(today, monday.plusDays(from), monday.plusDays(to), Grain.DAY);
    }

    /** "Labor day weekend" (the holiday already spelled out as its date): the weekend next to that day. */
    private static SaidDate weekend(Match m, LocalDate today) {
        LocalDate named = spelledDate(m.utterance());
        if (named != null) {
            LocalDate saturday = named.getDayOfWeek() == DayOfWeek.SUNDAY ? named.minusDays(1)
                    : named.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            return SaidDate.span(saturday, saturday.plusDays(2), Grain.DAY);
        }
        LocalDate saturday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        if (today.getDayOfWeek() == DayOfWeek.SUNDAY) {
            saturday = today.minusDays(1);
        }
        if (m.word(0).equals("next") && today.getDayOfWeek().getValue() >= DayOfWeek.FRIDAY.getValue()) {
            saturday = saturday.plusWeeks(1);
        }
        return SaidDate.ahead(today, saturday, saturday.plusDays(2), Grain.DAY);
    }

    /** "Next friday", but not "next friday of next month" or "friday after next", read by their own rules. */
    private static SaidDate nextWeekday(Match m, LocalDate today) {
        if (m.after(0).equals("next") || (m.after(0).equals("of") || m.after(0).equals("after"))
                && m.after(1).equals("next")) {
            return null;
        }
        DayOfWeek day = WORDS.weekday(m.last());
        LocalDate target = mondayOf(today).plusWeeks(1).with(TemporalAdjusters.nextOrSame(day));
        LocalDate coming = today.with(TemporalAdjusters.next(day));
        return new SaidDate(target, null, Grain.DAY, coming.equals(target) ? null : coming);
    }

    private static SaidDate nthWeekdayOfWhichMonth(Match m, LocalDate today) {
        int n = nth(m);
        LocalDate first = today.withDayOfMonth(1).plusMonths(WORDS.isA("this", m.word(m.words().size() - 2)) ? 0 : 1);
        LocalDate date = first.with(TemporalAdjusters.dayOfWeekInMonth(n, weekdayIn(m)));
        return n >= 1 && n <= 5 && date.getMonth() == first.getMonth() && !date.isBefore(today) ? SaidDate.of(date)
                : null;
    }

    private static SaidDate nthWeekdayOfMonth(Match m, LocalDate today) {
        int n = nth(m);
        DayOfWeek day = weekdayIn(m);
        LocalDate first = nextMonthStart(today, WORDS.month(m.last()));
        for (; n >= 1 && n <= 5; first = first.plusYears(1)) {
            LocalDate date = first.with(TemporalAdjusters.dayOfWeekInMonth(n, day));
            if (date.getMonth() == first.getMonth() && !date.isBefore(today)) {
                return SaidDate.of(date);
            }
        }
        return null;
    }

    private static SaidDate partOfMonth(Match m, LocalDate today) {
        LocalDate first = m.last().equals("month") ? today.withDayOfMonth(1)
                : nextMonthStart(today, WORDS.month(m.last()));
        String part = m.word(0);
        int from = Set.of("beginning", "start", "early").contains(part) ? 1 : Set.of("mid", "middle").contains(part)
                ? 11 : 21;
        LocalDate start = first.withDayOfMonth(from);
        LocalDate end = from == 21 ? first.plusMonths(1) : first.withDayOfMonth(from + 10);
        return SaidDate.ahead(today, start, end, Grain.DAY);
    }

    /** "July 13 to 15", "13-15th of july": the days said, in order, of the month said. */
    private static SaidDate daysOfAMonth(Match m, LocalDate today) {
        List<Integer> days = new ArrayList<>();
        for (String w : m.words()) {
            int[] range = days(w);
            if (range != null) {
                days.add(range[0]);
                days.add(range[1]);
            } else if (KINDS.get("day").test(w)) {
                days.add(number(w));
            }
        }
        Month month = m.words().stream().map(WORDS::month).filter(Objects::nonNull).findFirst().orElseThrow();
        return dayRange(today, month, days.get(0), days.get(1));
    }

    private static SaidDate dayRange(LocalDate today, Month month, int first, int last) {
        LocalDate start = nextMonthStart(today, month);
        if (first < 1 || last < first || last > start.lengthOfMonth()) {
            return null;
        }
        if (start.withDayOfMonth(last).isBefore(today)) {
            start = start.plusYears(1);
        }
        return SaidDate.span(start.withDayOfMonth(first), start.withDayOfMonth(last).plusDays(1), Grain.DAY);
    }

    /** The first of the named month: this month's when it is the month now, else the next one to come. */
    static LocalDate nextMonthStart(LocalDate today, Month month) {
        LocalDate first = today.withDayOfMonth(1).withMonth(month.getValue());
        return first.isBefore(today.withDayOfMonth(1)) ? first.plusYears(1) : first;
    }

    /** "March 6 2026", as a holiday is spelled out before the day is read; null when there is none. */
    private static LocalDate spelledDate(List<String> words) {
        for (int i = 0; i + 2 < words.size(); i++) {
            Month month = WORDS.month(words.get(i));
            if (month != null && digits(words.get(i + 1), 1, 2) && digits(words.get(i + 2), 4, 4)) {
                try {
                    return LocalDate.of(number(words.get(i + 2)), month, number(words.get(i + 1)));
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static DayOfWeek weekdayIn(Match m) {
        return m.words().stream().map(WORDS::weekday).filter(Objects::nonNull).findFirst().orElseThrow();
    }

    private static int nth(Match m) {
        return number(m.words().stream().filter(DateConventions::isNth).findFirst().orElseThrow());
    }

    private static int few(String amount) {
        return amount.equals("couple") ? 2 : amount.equals("few") ? 3 : number(amount);
    }

    /** "2nd", "15th": a day or a place in a list, in figures. */
    static boolean isNth(String w) {
        int n = w.length();
        return n >= 3 && n <= 4 && digits(w.substring(0, n - 2), 1, 2)
                && Set.of("st", "nd", "rd", "th").contains(w.substring(n - 2));
    }

    /** "13-15" or "13th-15th": the first and last day, or null. */
    private static int[] days(String w) {
        int dash = w.indexOf('-');
        if (dash < 0) {
            return null;
        }
        String first = w.substring(0, dash);
        String last = w.substring(dash + 1);
        boolean dayLike = (digits(first, 1, 2) || isNth(first)) && (digits(last, 1, 2) || isNth(last));
        return dayLike ? new int[] {number(first), number(last)} : null;
    }

    /** The leading figures of a word: "15th" is 15. */
    private static int number(String w) {
        int end = 0;
        while (end < w.length() && Character.isDigit(w.charAt(end))) {
            end++;
        }
        return Integer.parseInt(w.substring(0, end));
    }
}
