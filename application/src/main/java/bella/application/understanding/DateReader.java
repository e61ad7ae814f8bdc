package bella.application.understanding;

import bella.domain.call.Grain;
import com.joestelmach.natty.DateGroup;
import com.joestelmach.natty.Parser;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the day from text whose clock times are already removed, with natty as the engine, and corrects natty
 * where it disagrees with how callers book: weekdays, bare days of the month, dates already past this year.
 */
final class DateReader {

    private static final Logger LOG = LoggerFactory.getLogger(DateReader.class);

    /** Natty is slow to fail on text without any of these, and it reads nothing useful from it. */
    private static final Pattern DATE_CUE = Pattern.compile("\\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr"
            + "|may|jun|jul|aug|sep|oct|nov|dec|today|tomorrow|yesterday|tonight|day|days|week|weeks|weekend"
            + "|month|months|fortnight|\\d{1,2}(?:st|nd|rd|th)|\\d{1,2}/\\d{1,2})");
    private static final Pattern LEFT_BY_CLOCK = Pattern.compile("\\b(?:at|around|about|for)\\b");
    private static final Pattern GAPS = Pattern.compile("[\\s,]+");
    private static final Pattern MODAL_MAY = Pattern.compile(
            "\\bmay (?=(?:i|we|you|he|she|they|it|be|have|need|not|want|get|come|book|ask|speak)\\b)");
    private static final Pattern DIGIT_DASH = Pattern.compile("(\\d) ?- ?(\\d)");
    private static final Pattern DURATION = Pattern.compile(
            "\\b(?:\\d+/\\d+|half) (?:an? )?(?:hours?|hrs?|minutes?|mins?)\\b");
    private static final Pattern BARE_ORDINAL = Pattern.compile("\\b(?:on )?(?:the )?(\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final Pattern WEEKDAY_ONLY = Pattern.compile(
            "\\(RELATIVE_DATE \\(SEEK > by_(?:day 0|week 1) \\(DAY_OF_WEEK (\\d)\\)\\)\\)\\)\\)$");
    private static final Pattern WHOLE_WEEK = Pattern.compile("\\(SEEK > by_(?:day|week) \\d+ week\\)\\)\\)\\)$");
    private static final Pattern WHOLE_MONTH = Pattern.compile("\\(SEEK > by_(?:day|week) \\d+ month\\)\\)\\)\\)$");
    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");
    private static final Set<String> NOT_A_DAY = Set.of("one", "ones", "available", "option", "choice", "slot",
            "slots", "time", "thing", "spot", "opening", "floor", "person", "people", "grade", "birthday",
            "anniversary", "of");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> NOT_A_DATE = Set.of("now", "right now");

    private final Map<ZoneId, Parser> parsers = new ConcurrentHashMap<>();

    Optional<SaidDate> read(String text, ZonedDateTime now) {
        if (!DATE_CUE.matcher(text).find()) {
            return Optional.empty();
        }
        LocalDate today = now.toLocalDate();
        String prepared = bareDaysOfMonth(prepare(text), today);
        return natty(prepared, now).flatMap(group -> correct(group, now.getZone(), today));
    }

    /**
     * Natty reads nothing at all from "march 6th at" or from text with commas in gaps, which is what is left when
     * the clock time is taken out of "march 6th, at 12:30", so those leftovers go first.
     */
    private static String prepare(String text) {
        String s = GAPS.matcher(LEFT_BY_CLOCK.matcher(text).replaceAll(" ")).replaceAll(" ").trim();
        s = MODAL_MAY.matcher(s).replaceAll("can ");
        s = DURATION.matcher(s).replaceAll(" ");
        return DIGIT_DASH.matcher(s).replaceAll("$1 to $2");
    }

    /** Natty ignores "the 12th" said alone; callers mean the next 12th to come, so the month is spelled out. */
    private static String bareDaysOfMonth(String text, LocalDate today) {
        Matcher m = BARE_ORDINAL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String before = lastWord(text.substring(0, m.start()));
            String after = firstWord(text.substring(m.end()));
            int day = Integer.parseInt(m.group(1));
            boolean named = MONTHS.contains(before) || MONTHS.contains(after) || NOT_A_DAY.contains(after);
            String replacement = m.group();
            if (!named && day >= 1 && day <= 31) {
                LocalDate next = nextDayOfMonth(today, day);
                replacement = " on " + next.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        .toLowerCase(Locale.ROOT) + " " + day + " " + next.getYear() + " ";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static LocalDate nextDayOfMonth(LocalDate today, int day) {
        for (int months = 0; ; months++) {
            LocalDate month = today.withDayOfMonth(1).plusMonths(months);
            if (day <= month.lengthOfMonth() && !month.withDayOfMonth(day).isBefore(today)) {
                return month.withDayOfMonth(day);
            }
        }
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
        return said.stream().filter(g -> tree(g).contains("EXPLICIT_DATE")).findFirst()
                .or(() -> said.stream().findFirst());
    }

    private static Optional<SaidDate> correct(DateGroup group, ZoneId zone, LocalDate today) {
        String tree = tree(group);
        LocalDate day = group.getDates().get(0).toInstant().atZone(zone).toLocalDate();
        Matcher weekday = WEEKDAY_ONLY.matcher(tree);
        if (weekday.find()) {
            return Optional.of(SaidDate.of(today.with(TemporalAdjusters.next(nattyWeekday(weekday.group(1))))));
        }
        if (WHOLE_WEEK.matcher(tree).find()) {
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return Optional.of(new SaidDate(later(monday, today), monday.plusWeeks(1), Grain.WEEK));
        }
        if (WHOLE_MONTH.matcher(tree).find()) {
            LocalDate first = day.withDayOfMonth(1);
            return Optional.of(new SaidDate(later(first, today), first.plusMonths(1), Grain.MONTH));
        }
        if (tree.contains("EXPLICIT_DATE") && day.isBefore(today) && !YEAR.matcher(group.getText()).find()) {
            day = day.plusYears(1);
        }
        // Natty's weeks start on Sunday or Monday as it pleases; "sunday this week" is still the one to come.
        while (tree.contains("DAY_OF_WEEK") && !tree.contains("SEEK <") && day.isBefore(today)) {
            day = day.plusWeeks(1);
        }
        return Optional.of(SaidDate.of(day));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Natty counts weekdays from Sunday = 1. */
    private static DayOfWeek nattyWeekday(String number) {
        return DayOfWeek.SUNDAY.plus(Integer.parseInt(number) - 1L);
    }

    private static String tree(DateGroup group) {
        return group.getSyntaxTree().toStringTree();
    }

    private static String lastWord(String text) {
        String trimmed = text.trim();
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(space + 1);
    }

    private static String firstWord(String text) {
        String trimmed = text.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}

