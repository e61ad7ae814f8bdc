package bella.application.understanding;

import static bella.application.understanding.Grammar.Item.is;
import static bella.application.understanding.Grammar.Item.maybe;
import static bella.application.understanding.Grammar.Item.oneOf;
import static bella.application.understanding.Grammar.Item.word;
import static bella.application.understanding.Grammar.digits;

import bella.application.understanding.Grammar.Item;
import bella.application.understanding.Grammar.Match;
import bella.application.understanding.Grammar.Rule;
import bella.domain.call.Grain;
import com.joestelmach.natty.DateGroup;
import com.joestelmach.natty.Parser;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the day from text whose clock times are already removed, with natty as the engine, and corrects natty
 * where it disagrees with how callers book: weekdays, bare days of the month, dates already past this year.
 */
final class DateReader {

    private static final Logger LOG = LoggerFactory.getLogger(DateReader.class);
    private static final Lexicon WORDS = Lexicon.ENGLISH;
    private static final Item THIS_OR_NEXT = oneOf("this", "next").orAbsent();
    private static final Item WEEKDAY_ITEM = word(w -> WORDS.weekday(w) != null);
    private static final Item MONTH_ITEM = word(w -> WORDS.month(w) != null);
    private static final Item NTH_ITEM = word(DateConventions::isNth);

    /** Natty is slow to fail on text without any of these, and it reads nothing useful from it. */
    private static final Pattern DATE_CUE = Pattern.compile(Stream.of(WORDS.weekdays(), WORDS.months())
            .flatMap(words -> words.stream().map(w -> w.substring(0, 3))).distinct()
            .collect(Collectors.joining("|", "\\b(?:", "|" + WORDS.group("date cue")
                    + "|\\d{1,2}(?:st|nd|rd|th)|\\d{1,2}[/-]\\d{1,2})")));
    /** Words natty reads nothing around once the clock time is taken out: the cues of a time, and pauses. */
    private static final Set<String> LEFT_BY_CLOCK = Set.of("at", "around", "about", "for", ",");
    /** "Half an hour", "1/2 hour": a duration, not a day (only figures keep a slash through the Normaliser). */
    private static final List<Item> DURATION = Grammar.phrase("half|<fraction> [a|an] hour|hours|hr|hrs|minute|minutes"
            + "|min|mins", fraction -> w -> w.contains("/"));
    private static final Pattern DIGIT_DASH = Pattern.compile("(\\d) ?- ?(\\d)");
    /** "The week of" just before a day of the month, which then names the week it lies in. */
    private static final Pattern WEEK_OF = Pattern.compile("\\bweek of (?:the )?(?:on )?$");
    static final Pattern BARE_ORDINAL = Pattern.compile("\\b(?:on )?(?:the )?(\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");
    /** Natty's days that name none: "one day" is any day, not tomorrow, and gives way to the day said with it. */
    private static final Set<String> NOT_A_DATE = Set.of("now", "right now", "one day", "some day", "a day");

    private static final String MONTH = Lexicon.ENGLISH.monthGroup();
    private static final String WEEKDAY = Lexicon.ENGLISH.weekdayGroup();
    /** A day of the week spelled out in full, for the readers that look for one beside other words. */
    static final String WEEKDAY_WORD = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
    private static final Pattern ANY_WEEKDAY = Pattern.compile("\\b" + WEEKDAY + "\\b");
    /** A month with its day, either way round: "january 19", "the 4th of january". */
    private static final Pattern MONTH_AND_DAY = Pattern.compile("\\b" + MONTH + " (?:the )?\\d{1,2}(?:st|nd|rd|th)?\\b"
            + "|\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?" + MONTH + "\\b");
    /** "The week" alone: from today to the end of this week. Not "the week of the 5th", "the week after next". */
    private static final Pattern THE_WEEK = Pattern.compile(
            "(?<!\\bof )\\bthe week\\b(?!'| (?:of|after|before|following|from|ahead|end|long|later)\\b)");
    /** "The (2nd) closest monday to oct 5th", "the nearest xmas to today": an occurrence ranked by distance. */
    private static final Pattern CLOSEST = Pattern.compile(
            "\\b(?:the )?(?:(\\d{1,2})(?:st|nd|rd|th) )?(?:closest|nearest) (\\S+(?: \\S+){0,4}?) to (.+)$");
    static final Pattern DAY_PHRASE = Pattern.compile("\\b(?:(?:this|next|coming) )?" + WEEKDAY
            + "(?: (?:of )?(?:this|next) week)?\\b|\\b(?:the day after )?tomorrow\\b|\\btoday\\b|\\b" + MONTH
            + " \\d{1,2}(?:st|nd|rd|th)?(?: \\d{4})?\\b|\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?" + MONTH + "\\b");

    /** Days said in words the conventions and natty read in one form. */
    private static final Grammar DAY_WORDS = new Grammar(List.of(
            Rule.of("may <verb>", m -> WORDS.isA("after a modal may", m.next()) ? List.of("can") : null, is("may")),
            // "Sun" and "sat" are words ("sun life", "i sat down") unless they stand where a day would.
            Rule.of("sun, sat", m -> WORDS.isA("before a day", m.previous()) || standsForADay(m.next()) ? null
                    : List.of(), oneOf("sun", "sat")),
            // "Tuesday or Wednesday": the first day said, which the caller put first.
            Rule.of("<weekday> or <weekday>", m -> m.words().subList(0, m.words().indexOf("or")), THIS_OR_NEXT,
                    WEEKDAY_ITEM, is("or"), maybe("on"), THIS_OR_NEXT, WEEKDAY_ITEM),
            // "The 24" said alone, or before words that leave it a day ("the 24 at 3", "the 24 of march").
            Rule.of("the <day>", m -> dayFollows(m)
                    ? List.of("the", m.last() + Lexer.suffix(Integer.parseInt(m.last()))) : null, is("the"),
                    word(w -> digits(w, 1, 2) && !w.equals("0") && !w.equals("00") && Integer.parseInt(w) <= 31)),
            // "February the 15th", "january, like the 7th", "march, say march 2nd", "the 3rd day of october": natty
            // drops the day, or reads the month said first alone.
            Rule.of("<month>, like the <nth>", m -> List.of(m.words().stream().filter(DateReader::isMonth)
                    .reduce((first, second) -> second).orElseThrow(), m.last()), MONTH_ITEM, maybe(","),
                    word(w -> WORDS.isA("hedge", w)).orAbsent(), maybe(","), MONTH_ITEM.orAbsent(), maybe("the"),
                    NTH_ITEM),
            Rule.of("the <nth> day of <month>", m -> List.of(m.last(), m.word(m.words().size() - 4)
                    .split("[a-z]")[0]), maybe("the"), NTH_ITEM, is("day"), is("of"), MONTH_ITEM)));

    private final Map<ZoneId, Parser> parsers = new ConcurrentHashMap<>();
    private final Holidays holidays;

    DateReader(Holidays holidays) {
        this.holidays = holidays;
    }

    Optional<SaidDate> read(String text, ZonedDateTime now) {
        LocalDate today = now.toLocalDate();
        List<String> words = text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
        String spelled = String.join(" ", DAY_WORDS.read(words));
        if (!DATE_CUE.matcher(spelled).find()) {
            return Optional.empty();
        }
        Optional<SaidDate> known = closest(spelled, now).or(() -> conventions(spelled, today));
        if (known.isPresent()) {
            return known;
        }
        String prepared = bareDaysOfMonth(prepare(spelled), today);
        return natty(prepared, now).flatMap(group -> correct(group, now.getZone(), today))
                // Natty gives up on a whole sentence for a word it half-knows ("come in wednesday mid-"); the day
                // phrase alone it reads.
                .or(() -> DAY_PHRASE.matcher(prepared).results().findFirst().flatMap(day -> natty(day.group(), now))
                        .flatMap(g -> correct(g, now.getZone(), today)))
                .or(() -> thisWeek(spelled, today));
    }

    private static boolean standsForADay(String next) {
        return next.isEmpty() || next.equals(",") || Character.isDigit(next.charAt(0)) || next.equals("the")
                || next.equals("at") || Stream.of("morning", "afternoon", "evening", "night").anyMatch(next::startsWith)
                || next.length() >= 3 && WORDS.month(next.substring(0, 3)) != null;
    }

    private static boolean dayFollows(Match m) {
        String next = m.next();
        String then = m.after(1);
        return next.isEmpty() || next.equals(",") || WORDS.isA("after a bare day", next)
                || next.equals("in") && then.equals("the") || next.equals("of") && isMonth(then)
                || next.equals("is") && WORDS.isA("acceptance", then);
    }

    /**
     * "The closest monday to oct 5th", "the second closest xmas to today": the occurrences of a weekday or holiday
     * ranked by their distance from the day named, nearer first and, at equal distance, the later one.
     */
    private Optional<SaidDate> closest(String text, ZonedDateTime now) {
        Matcher m = CLOSEST.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int rank = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
        String what = m.group(2).trim();
        DayOfWeek weekday = WORDS.weekday(what);
        Optional<IntFunction<LocalDate>> holiday = weekday != null ? Optional.empty() : holidays.named(what);
        Optional<LocalDate> anchor = read(m.group(3), now).map(SaidDate::day);
        if (rank < 1 || rank > 10 || anchor.isEmpty() || weekday == null && holiday.isEmpty()) {
            return Optional.empty();
        }
        LocalDate from = anchor.get();
        List<LocalDate> around = new ArrayList<>();
        if (weekday != null) {
            LocalDate after = from.with(TemporalAdjusters.nextOrSame(weekday));
            for (int k = 0; k < rank; k++) {
                around.add(after.plusWeeks(k));
                around.add(after.minusWeeks(k + 1L));
            }
        } else {
            for (int year = from.getYear() - rank - 1; year <= from.getYear() + rank + 1; year++) {
                LocalDate day = holiday.get().apply(year);
                if (day != null) {
                    around.add(day);
                }
            }
        }
        around.sort(Comparator.comparingLong((LocalDate d) -> Math.abs(ChronoUnit.DAYS.between(from, d)))
                .thenComparing(Comparator.reverseOrder()));
        return rank <= around.size() ? Optional.of(SaidDate.of(around.get(rank - 1))) : Optional.empty();
    }

    /** "The week" with nothing more natty could read: what is left of this week, from today. */
    private static Optional<SaidDate> thisWeek(String text, LocalDate today) {
        return THE_WEEK.matcher(text).find() ? Optional.of(SaidDate.span(today,
                today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), Grain.WEEK)) : Optional.empty();
    }

    /** Days in figures, then the conventions of booking natty does not share, then a day of the month alone. */
    private static Optional<SaidDate> conventions(String text, LocalDate today) {
        // "Next week, Friday the 11th": the day of the month said outweighs the week named around it.
        Optional<SaidDate> dayOfMonth = dayOfMonth(text, today);
        return DateConventions.read(text, today, dayOfMonth.isPresent()).or(() -> dayOfMonth);
    }

    /**
     * "The 12th", "thursday the 12th", "next week, the 12th": a day of the month with no month named is the next
     * such day to come (on the weekday said with it, if one was), and it outweighs a week or a day named around it.
     * Where a month is named anywhere, the day belongs to it and is read with it, unless it names a bound.
     */
    private static Optional<SaidDate> dayOfMonth(String text, LocalDate today) {
        if (Arrays.stream(text.split(" ")).anyMatch(DateReader::isMonth)) {
            return besideABound(text, today);
        }
        DayOfWeek weekday = weekdaySaid(text);
        SaidDate week = null;
        for (MatchResult m : bareDays(text)) {
            int day = Integer.parseInt(m.group(1));
            if (WEEK_OF.matcher(text.substring(0, m.start())).find()) {
                // "The week of the 7th": that day's week, unless a day said after it names the day in it.
                LocalDate monday = nextDayOfMonth(today, day, null)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                week = week != null ? week : SaidDate.ahead(today, monday, monday.plusWeeks(1), Grain.WEEK);
                continue;
            }
            SaidDate d = gone(today, day, weekday).orElseGet(() -> SaidDate.of(nextDayOfMonth(today, day, weekday)));
            return Optional.of(new SaidDate(d.day(), null, Grain.DAY, d.other(), d.passed(), weekday == null));
        }
        return Optional.ofNullable(week);
    }

    /**
     * "Before christmas, the 12th", "after new year's, the 6th": a day of the month said beside a date that bounds it
     * (a holiday is spelled out as its date by now) is the nearest such day on that side of the bound.
     */
    private static Optional<SaidDate> besideABound(String text, LocalDate today) {
        List<String> words = Grammar.words(text);
        List<MatchResult> days = bareDays(text);
        for (int i = 0; i + 2 < words.size() && !days.isEmpty(); i++) {
            boolean before = WORDS.phraseBefore("until", words, i) >= 0;
            // A holiday is spelled out with its year: "before december 25 2026".
            if (!isMonth(words.get(i)) || !digits(words.get(i + 1), 1, 2) || !digits(words.get(i + 2), 4, 4)
                    || Integer.parseInt(words.get(i + 1)) > WORDS.month(words.get(i)).maxLength()
                    || !before && WORDS.phraseBefore("from", words, i) < 0) {
                continue;
            }
            int day = Integer.parseInt(days.get(0).group(1));
            LocalDate bound = MonthDay.of(WORDS.month(words.get(i)), Integer.parseInt(words.get(i + 1)))
                    .atYear(Integer.parseInt(words.get(i + 2)));
            boolean sameMonth = before ? day < bound.getDayOfMonth() : day > bound.getDayOfMonth();
            LocalDate month = bound.withDayOfMonth(1).plusMonths(sameMonth ? 0 : before ? -1 : 1);
            return day > month.lengthOfMonth() || month.withDayOfMonth(day).isBefore(today) ? Optional.empty()
                    : Optional.of(SaidDate.of(month.withDayOfMonth(day)));
        }
        return Optional.empty();
    }

    /** "The 12th" with no month named beside it and nothing after it that makes it no day ("the 3rd option"). */
    private static List<MatchResult> bareDays(String text) {
        List<MatchResult> days = new ArrayList<>();
        Matcher m = BARE_ORDINAL.matcher(text);
        while (m.find()) {
            List<String> before = Grammar.words(text.substring(0, m.start()));
            String after = Grammar.at(Grammar.words(text.substring(m.end())), 0);
            int day = Integer.parseInt(m.group(1));
            if (!isMonth(Grammar.at(before, before.size() - 1)) && !isMonth(after) && !WORDS.isA("not a day", after)
                    && day >= 1 && day <= 31) {
                days.add(m.toMatchResult());
            }
        }
        return days;
    }

    private static DayOfWeek weekdaySaid(String text) {
        return ANY_WEEKDAY.matcher(text).results().findFirst().map(said -> WORDS.weekday(said.group(1))).orElse(null);
    }

    /**
     * "Monday the 23rd" on Friday the 27th: the last such day of the month was that weekday and is gone, and the
     * next one ahead is not; the caller meant the coming weekday, or that day of the next month.
     */
    private static Optional<SaidDate> gone(LocalDate today, int day, DayOfWeek weekday) {
        LocalDate month = today.withDayOfMonth(1).minusMonths(day < today.getDayOfMonth() ? 0 : 1);
        if (weekday == null || day > month.lengthOfMonth()) {
            return Optional.empty();
        }
        LocalDate last = month.withDayOfMonth(day);
        LocalDate ahead = nextDayOfMonth(today, day, null);
        if (last.getDayOfWeek() != weekday || ahead.getDayOfWeek() == weekday || !justGone(last, today)) {
            return Optional.empty();
        }
        return Optional.of(SaidDate.gone(last, today.with(TemporalAdjusters.next(weekday)), ahead));
    }

    /** A day gone by that lies nearer behind than the same day a year on lies ahead: a slip, not next year's. */
    private static boolean justGone(LocalDate day, LocalDate today) {
        return day.isBefore(today)
                && ChronoUnit.DAYS.between(day, today) < ChronoUnit.DAYS.between(today, day.plusYears(1));
    }

    private static boolean isMonth(String word) {
        return WORDS.month(word) != null;
    }

    /**
     * Natty reads nothing at all from "march 6th at" or from text with commas in gaps, which is what is left when
     * the clock time is taken out of "march 6th, at 12:30", so those leftovers go first, and a duration with them.
     */
    private static String prepare(String text) {
        List<String> words = new ArrayList<>(Grammar.words(text));
        words.removeIf(LEFT_BY_CLOCK::contains);
        for (int i = 0; i < words.size(); ) {
            int end = Grammar.matchEnd(DURATION, 0, words, i);
            if (end > i) {
                words.subList(i, end).clear();
            } else {
                i++;
            }
        }
        return DIGIT_DASH.matcher(String.join(" ", words)).replaceAll("$1 to $2");
    }

    /** Natty ignores "the 12th" said alone; callers mean the next 12th to come, so the month is spelled out. */
    private static String bareDaysOfMonth(String text, LocalDate today) {
        DayOfWeek weekday = weekdaySaid(text);
        StringBuilder out = new StringBuilder();
        int done = 0;
        for (MatchResult m : bareDays(text)) {
            int day = Integer.parseInt(m.group(1));
            LocalDate next = nextDayOfMonth(today, day, weekday);
            out.append(text, done, m.start()).append(" on ").append(next.getMonth()
                    .getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT)).append(' ').append(day)
                    .append(' ').append(next.getYear()).append(' ');
            done = m.end();
        }
        boolean replaced = done > 0;
        out.append(text.substring(done));
        // "tuesday the 19th": the weekday only picks the month; "tuesday january 19": it only confirms the date. Natty
        // would read the weekday alone.
        boolean dated = replaced || MONTH_AND_DAY.matcher(out).find();
        return dated && weekday != null ? ANY_WEEKDAY.matcher(out).replaceAll(" ") : out.toString();
    }

    /** The next such day of a month to come, on the weekday said with it if one was (within about two years). */
    private static LocalDate nextDayOfMonth(LocalDate today, int day, DayOfWeek weekday) {
        LocalDate fallback = null;
        for (int months = 0; months < 28; months++) {
            LocalDate month = today.withDayOfMonth(1).plusMonths(months);
            if (day <= month.lengthOfMonth() && !month.withDayOfMonth(day).isBefore(today)) {
                LocalDate date = month.withDayOfMonth(day);
                if (weekday == null || date.getDayOfWeek() == weekday) {
                    return date;
                }
                fallback = fallback == null ? date : fallback;
            }
        }
        return fallback;
    }

    private Optional<DateGroup> natty(String text, ZonedDateTime now) {
        Parser parser = parsers.computeIfAbsent(now.getZone(), zone -> new Parser(TimeZone.getTimeZone(zone)));
        List<DateGroup> groups;
        try {
            synchronized (parser) {
                groups = parser.parse(text, Date.from(now.toInstant()));
            }
        } catch (RuntimeException | LinkageError e) {
            // Natty fails inside on some words (seasons, holidays need iCal data and commons-logging);
            // one unread day must not lose the rest of the utterance.
            LOG.debug("natty could not read a date from '{}'", text, e);
            return Optional.empty();
        }
        List<DateGroup> said = groups.stream()
                .filter(g -> !g.isDateInferred() && !g.getDates().isEmpty())
                .filter(g -> !NOT_A_DATE.contains(g.getText().trim()))
                .toList();
        return said.stream().filter(g -> explicit(g.getText())).findFirst().or(() -> said.stream().findFirst());
    }

    /**
     * Natty's day, read again by the words it read it from (never by its parse tree): a weekday alone is the next
     * one to come, a week or a month named is all of it, and a date without a year is the next one to come.
     */
    private static Optional<SaidDate> correct(DateGroup group, ZoneId zone, LocalDate today) {
        LocalDate day = group.getDates().get(0).toInstant().atZone(zone).toLocalDate();
        List<String> words = List.of(group.getText().trim().split(" +"));
        List<String> named = words.stream().filter(w -> !WORDS.isA("seeking", w)).toList();
        boolean back = words.stream().anyMatch(w -> WORDS.isA("back", w));
        // "Monday to Friday" moving a booking: the day said last is the one asked for.
        if (!back && !named.isEmpty()
                && named.stream().allMatch(w -> WORDS.weekday(w) != null || WORDS.isA("between days", w))
                && WORDS.weekday(named.get(named.size() - 1)) != null) {
            return Optional.of(SaidDate.of(today.with(TemporalAdjusters.next(WORDS.weekday(
                    named.get(named.size() - 1))))));
        }
        if (whole("week", words)) {
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return Optional.of(SaidDate.ahead(today, monday, monday.plusWeeks(1), Grain.WEEK));
        }
        if (whole("month", words)) {
            LocalDate first = day.withDayOfMonth(1);
            return Optional.of(SaidDate.ahead(today, first, first.plusMonths(1), Grain.MONTH));
        }
        if (explicit(group.getText()) && day.isBefore(today) && !YEAR.matcher(group.getText()).find()) {
            if (justGone(day, today) && words.stream().anyMatch(w -> w.matches("\\d{1,2}(?:st|nd|rd|th)?"))) {
                // "November 3rd" on the 27th: a slip of the month, the same day of the next month ahead meant.
                return Optional.of(SaidDate.gone(day, nextDayOfMonth(today, day.getDayOfMonth(), null), null));
            }
            day = day.plusYears(1);
        }
        // Natty's weeks start on Sunday or Monday as it pleases; "sunday this week" is still the one to come.
        while (!back && words.stream().anyMatch(w -> WORDS.weekday(w) != null) && day.isBefore(today)) {
            day = day.plusWeeks(1);
        }
        return Optional.of(SaidDate.of(day));
    }

    /** "Next week", "the week after next", "within 2 weeks": a week or month named by where it lies, and no more. */
    private static boolean whole(String unit, List<String> words) {
        return words.stream().anyMatch(w -> w.startsWith(unit)) && words.stream().allMatch(w -> w.equals(unit)
                || w.equals(unit + "s") || WORDS.isA("where it lies", w) || w.matches("\\d{1,2}"));
    }

    /** A date named by its month or in figures, as opposed to one counted from today. */
    private static boolean explicit(String text) {
        return Arrays.stream(text.trim().split(" +")).anyMatch(w -> isMonth(w) || w.matches("\\d{1,4}[/-]\\d{1,2}.*"));
    }
}

