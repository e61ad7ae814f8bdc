package bella.application.understanding;

import static bella.application.understanding.Grammar.Item.is;
import static bella.application.understanding.Grammar.Item.maybe;
import static bella.application.understanding.Grammar.Item.oneOf;
import static bella.application.understanding.Grammar.Item.word;
import static bella.application.understanding.Grammar.digits;

import bella.application.understanding.Grammar.Item;
import bella.application.understanding.Grammar.Match;
import bella.application.understanding.Grammar.Production;
import bella.domain.call.Grain;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the time of day from normalised text. Natty is not trusted with this: it reads "at 2" as 2 am, drops
 * "half past" and "o'clock", and takes "for 2" or phone digits for times, so clock times are read here and only
 * the rest of the sentence goes to natty for the day. Clock times are productions over words, each read with its
 * span: where several are said, the first wins (at the same place, the one of more words), or the last where the
 * caller put one in place of another; bare hours count only where no clock time was said.
 */
final class ClockReader {

    private static final Lexicon WORDS = Lexicon.ENGLISH;
    private static final Cues CUES = Cues.ENGLISH;

    /** A clock time: an hour ("3"), or an hour and minutes ("3:30"). */
    private static final Item TIME = word(w -> hourAndMinutes(w) != null);
    private static final Item HOUR = word(w -> digits(w, 1, 2));
    private static final Item MERIDIEM = word(w -> w.equals("am") || w.equals("pm"));
    private static final Item PART = word(w -> WORDS.isA("said with a clock", w));

    /** The words a part of the day may follow a clock time by: "3 in the afternoon", "9 at night", "10 this morning". */
    private static final Set<List<String>> LINKS = Set.of(List.of(), List.of("in", "the"), List.of("at"),
            List.of("this"));

    /** Clock times said as such: "2 to 4 pm", "3:30", "9 in the morning", "10 o'clock", midnight. */
    private static final List<Production<Heard, SaidTime>> CLOCK_TIMES = List.of(
            Production.of("between <time> and <time>", ClockReader::range, oneOf("between", "from"), TIME,
                    MERIDIEM.orAbsent(), oneOf("and", "to", "till", "until", "-"), TIME, MERIDIEM.orAbsent()),
            Production.of("<time>-<time>", ClockReader::range, TIME, MERIDIEM.orAbsent(), oneOf("-", "to"), TIME,
                    MERIDIEM.orAbsent()),
            Production.of("<time> in the <part of day>", (m, heard) -> LINKS.contains(m.words().subList(1,
                    m.words().size() - 1)) ? heard.moment(m.word(0), null, named(m.last())) : null, TIME,
                    oneOf("in", "at", "this").orAbsent(), maybe("the"), PART),
            Production.of("<part of day> at <time>", (m, heard) -> heard.moment(m.last(), null, named(m.word(0))),
                    PART, oneOf("at", "around", "about").orAbsent(), TIME),
            Production.of("<h:mm> am", (m, heard) -> heard.moment(m.word(0), m.words().size() > 1 ? m.word(1) : null),
                    word(w -> w.indexOf(':') > 0 && hourAndMinutes(w) != null), MERIDIEM.orAbsent()),
            Production.of("<h:mm:ss> am", ClockReader::withSeconds, word(w -> w.length() > 5
                    && hourAndMinutes(w.substring(0, w.length() - 3)) != null && w.charAt(w.length() - 3) == ':'
                    && digits(w.substring(w.length() - 2), 2, 2)), MERIDIEM.orAbsent()),
            Production.of("<hour> am", (m, heard) -> heard.moment(m.word(0), m.word(1)), HOUR, MERIDIEM),
            Production.of("<hour> o'clock", (m, heard) -> heard.moment(m.word(0), m.words().size() > 2 ? m.last()
                    : null), HOUR, is("o'clock"), MERIDIEM.orAbsent()),
            Production.of("midnight", (m, heard) -> new SaidTime(LocalTime.MIDNIGHT, null, Grain.HOUR, 0, 0),
                    is("midnight")));

    /** A bare number read as an hour, the weakest sign of a time: "at 4", "4 tomorrow", "is 9 possible?". */
    private static final List<Production<Heard, SaidTime>> BARE_HOURS = List.of(
            // A hedge after a day names its hour too: "tuesday, maybe 3".
            Production.of("<cue> <hour>", (m, heard) -> (CUES.endsAt("before an hour", m.utterance(), m.from())
                    || WORDS.isA("hedge", m.previous()) && m.utterance().subList(0, m.from()).stream()
                    .anyMatch(w -> WORDS.weekday(w) != null || DateConventions.isNth(w)))
                    && !WORDS.isA("counts", m.next()) && !MERIDIEM.word().test(m.next())
                    ? heard.moment(m.word(0), null) : null, HOUR),
            Production.of("<hour> tomorrow, <hour> on <weekday>", (m, heard) -> Set.of("tomorrow", "today", "tonight")
                    .contains(m.next()) || m.next().equals("on") && WORDS.weekday(m.after(1)) != null
                    && m.after(1).endsWith("day") ? heard.moment(m.word(0), null) : null, HOUR),
            Production.of("is <hour> possible", (m, heard) -> WORDS.isA("asks of an hour", m.next())
                    ? heard.moment(m.word(1), null) : null, is("is"), HOUR));

    private final BusinessHours hours;

    ClockReader(BusinessHours hours) {
        this.hours = hours;
    }

    /** What was read, and the text with every time expression removed so that it cannot be read as a day. */
    record Reading(Optional<SaidTime> time, String rest) {
    }

    Reading read(String text, boolean loneHourIsTime) {
        List<Word> said = words(text);
        List<String> words = said.stream().map(Word::text).toList();
        Heard heard = new Heard(partOfDay(words), this);
        List<SaidTime> found = all(CLOCK_TIMES, said, heard);
        List<SaidTime> bare = all(BARE_HOURS, said, heard);
        if (loneHourIsTime && found.isEmpty() && bare.isEmpty()) {
            bare.addAll(lone(said, heard));
        }
        List<SaidTime> windows = windows(said, words);
        boolean replaced = CUES.in("replacing", text);
        Optional<SaidTime> time = pick(found, replaced).or(() -> pick(bare, replaced))
                .or(() -> windows.stream().filter(w -> besideADay(said, w)).findFirst())
                .or(() -> windows.stream().findFirst()).map(t -> bounded(said, words, t));
        found.addAll(bare);
        found.addAll(windows);
        return new Reading(time, blank(text, found));
    }

    private record Word(String text, int from, int to) {
    }

    /** What the productions read against: the part of the day said anywhere, and the reader's opening hours. */
    private record Heard(Meridiem partOfDay, ClockReader reader) {
        SaidTime moment(String time, String meridiem) {
            return moment(time, meridiem, meridiem(meridiem, partOfDay));
        }

        SaidTime moment(String time, String meridiem, Meridiem half) {
            int[] clock = hourAndMinutes(time);
            Meridiem said = meridiem == null ? half : meridiem(meridiem, partOfDay);
            return clock == null ? null : reader.clock(clock[0], clock[1], said).map(t -> new SaidTime(t, null,
                    t.getMinute() == 0 ? Grain.HOUR : Grain.MINUTE, 0, 0)).orElse(null);
        }
    }

    /** The words of the text, with a hyphen a word of its own, so that "9-11" is 9, -, 11. */
    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        for (int i = 0, end; i < text.length(); i = end) {
            boolean word = text.charAt(i) != ' ' && text.charAt(i) != '-';
            end = i + 1;
            while (word && end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '-') {
                end++;
            }
            if (text.charAt(i) != ' ') {
                words.add(new Word(text.substring(i, end), i, end));
            }
        }
        return words;
    }

    /** A part of the day said beside its weekday ("monday evening"), over a greeting ("morning!") or a vaguer part. */
    private static boolean besideADay(List<Word> said, SaidTime part) {
        return said.stream().anyMatch(w -> (w.to() == part.from() - 1 || w.from() == part.to() + 1)
                && WORDS.weekday(w.text()) != null);
    }

    /** Every reading of the productions, each with the span of text it was read from. */
    private static List<SaidTime> all(List<Production<Heard, SaidTime>> productions, List<Word> said, Heard heard) {
        List<String> words = said.stream().map(Word::text).toList();
        List<SaidTime> found = new ArrayList<>();
        for (Grammar.Reading<SaidTime> r : Grammar.all(productions, words, heard)) {
            SaidTime t = r.value();
            found.add(new SaidTime(t.start(), t.end(), t.grain(), said.get(r.from()).from(), said.get(r.to() - 1).to()));
        }
        return found;
    }

    /** An hour said alone, with only words that open or close such an answer around it ("um, 4 works for me"). */
    private static List<SaidTime> lone(List<Word> said, Heard heard) {
        List<String> words = said.stream().map(Word::text).toList();
        for (int i = 0; i < words.size(); i++) {
            if (digits(words.get(i), 1, 2) && CUES.fill("around a lone hour", words, 0, i)
                    && CUES.fill("after a lone hour", words, i + 1, words.size())) {
                SaidTime t = heard.moment(words.get(i), null);
                return t == null ? List.of() : List.of(new SaidTime(t.start(), null, t.grain(), said.get(i).from(),
                        said.get(i).to()));
            }
        }
        return List.of();
    }

    /**
     * A moment said as a bound becomes the part of the opening hours on its side, when there is such a part: the
     * longest phrase of a bound (bounds.tsv) said just before its figures decides the side.
     */
    private SaidTime bounded(List<Word> said, List<String> words, SaidTime time) {
        int figures = 0;
        while (figures < said.size() && (said.get(figures).from() < time.from()
                || said.get(figures).text().chars().noneMatch(Character::isDigit))) {
            figures++;
        }
        if (time.end() != null || figures == said.size() || said.get(figures).to() > time.to()) {
            return time;
        }
        int from = WORDS.phraseBefore("from", words, figures);
        int until = WORDS.phraseBefore("until", words, figures);
        if (from >= 0 && (until < 0 || from < until) && time.start().isBefore(hours.closesAt())) {
            return new SaidTime(time.start(), hours.closesAt(), time.grain(), time.from(), time.to());
        }
        if (until >= 0 && (from < 0 || until < from) && time.start().isAfter(hours.opensAt())) {
            return new SaidTime(hours.opensAt(), time.start(), time.grain(), time.from(), time.to());
        }
        return time;
    }

    /** The time said first (at one place, the one of more words), or the one said last where it replaces another. */
    private static Optional<SaidTime> pick(List<SaidTime> times, boolean latest) {
        return latest ? times.stream().max(Comparator.comparingInt(SaidTime::from))
                : times.stream().min(Comparator.comparingInt(SaidTime::from).thenComparing(t -> -t.to()));
    }

    /**
     * Whether a clock hour is before or after noon; in the evening, twelve is midnight. MORNING is a morning mentioned
     * elsewhere in the sentence, where a bare 12 is noon ("mornings, before 12").
     */
    private enum Meridiem { AM, MORNING, PM, EVENING, UNSAID }

    private static Meridiem named(String partOfDay) {
        return switch (partOfDay) {
            case "morning" -> Meridiem.AM;
            case "afternoon" -> Meridiem.PM;
            default -> Meridiem.EVENING;
        };
    }

    private static Meridiem partOfDay(List<String> words) {
        return words.contains("evening") || words.contains("tonight") || words.contains("night") ? Meridiem.EVENING
                : words.contains("afternoon") ? Meridiem.PM : words.contains("morning") ? Meridiem.MORNING
                : Meridiem.UNSAID;
    }

    /**
     * "2 to 4", "between 9:30 and 11 am": the meridiem said last holds for both ends unless the start has its own,
     * and a start that would come after the end is the morning's. "July 13-15" and "13 to 15 july" are days of a
     * month, "2-15" is february 15th and "10-15 minutes" a length, not hours of the day.
     */
    private static SaidTime range(Match m, Heard heard) {
        List<String[]> ends = new ArrayList<>();
        for (String w : m.words()) {
            if (TIME.word().test(w) && ends.size() < 2) {
                ends.add(new String[] {w, null});
            } else if (MERIDIEM.word().test(w)) {
                ends.get(ends.size() - 1)[1] = w;
            }
        }
        String[] first = ends.get(0);
        String[] last = ends.get(1);
        if (monthNamed(m.previous()) || monthNamed(m.next()) || m.next().equals("of") && monthNamed(m.after(1))) {
            return null;
        }
        boolean bare = first[1] == null && last[1] == null && first[0].indexOf(':') < 0 && last[0].indexOf(':') < 0;
        if (bare && m.words().contains("-") && DateConventions.isMonthDay(hourAndMinutes(first[0])[0],
                hourAndMinutes(last[0])[0]) || WORDS.isA("counts a range", m.next())) {
            return null;
        }
        SaidTime end = heard.moment(last[0], last[1]);
        SaidTime start = heard.moment(first[0], first[1], meridiem(last[1], heard.partOfDay()));
        if (first[1] == null && start != null && end != null && start.start().isAfter(end.start())) {
            start = heard.moment(first[0], null, Meridiem.AM);
        }
        if (start == null || end == null || !start.start().isBefore(end.start())) {
            return null;
        }
        Grain grain = start.grain() == Grain.HOUR && end.grain() == Grain.HOUR ? Grain.HOUR : Grain.MINUTE;
        return new SaidTime(start.start(), end.start(), grain, 0, 0);
    }

    private static SaidTime withSeconds(Match m, Heard heard) {
        String w = m.word(0);
        int second = Integer.parseInt(w.substring(w.length() - 2));
        SaidTime t = heard.moment(w.substring(0, w.length() - 3), m.words().size() > 1 ? m.word(1) : null);
        return t == null || second >= 60 ? null : new SaidTime(t.start().withSecond(second), null, Grain.MINUTE, 0, 0);
    }

    /** Whether a word is a month's name, or begins with one's first three letters ("sept", "marchish"). */
    private static boolean monthNamed(String w) {
        return w.length() >= 3 && w.chars().allMatch(Character::isLetter) && WORDS.month(w.substring(0, 3)) != null;
    }

    private static Meridiem meridiem(String said, Meridiem partOfDay) {
        if (said == null) {
            return partOfDay;
        }
        return said.equals("am") ? Meridiem.AM : Meridiem.PM;
    }

    /** "3" is {3, 0} and "3:30" {3, 30}; null for any other word. */
    static int[] hourAndMinutes(String w) {
        int colon = w.indexOf(':');
        String hour = colon < 0 ? w : w.substring(0, colon);
        String minutes = colon < 0 ? "00" : w.substring(colon + 1);
        return digits(hour, 1, 2) && digits(minutes, 2, 2)
                ? new int[] {Integer.parseInt(hour), Integer.parseInt(minutes)} : null;
    }

    private Optional<LocalTime> clock(int hour, int minute, Meridiem meridiem) {
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        if (hour <= 12) {
            hour = switch (meridiem) {
                case AM -> hour == 12 ? 0 : hour;
                case MORNING -> hour;
                case PM -> hour == 12 ? 12 : hour + 12;
                case EVENING -> hour == 12 ? 0 : hour + 12;
                case UNSAID -> hours.hourOfDay(hour);
            };
        } else if (meridiem == Meridiem.AM) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    /** The parts of the day said (windows.tsv), the first row found winning over the rows inside it. */
    private List<SaidTime> windows(List<Word> said, List<String> words) {
        List<SaidTime> found = new ArrayList<>();
        for (Lexicon.Phrase part : WORDS.windows()) {
            BusinessHours.Window window = hours.window(part.meaning());
            for (int i = 0; i < words.size(); i++) {
                int end = phraseEnd(part.words(), words, i);
                int from = said.get(i).from();
                int to = end > i ? said.get(end - 1).to() : from;
                if (end > i && !refused(words, i) && found.stream().noneMatch(f -> f.from() <= from && to <= f.to())) {
                    found.add(new SaidTime(window.start(), window.end(), Grain.HOUR, from, to));
                }
            }
        }
        found.sort(Comparator.comparingInt(SaidTime::from));
        return found;
    }

    /** Where a phrase said from word i on ends, its words apart, hyphened or written together; -1 if not said. */
    private static int phraseEnd(List<String> phrase, List<String> words, int i) {
        for (int k = 0; k < phrase.size(); i++) {
            if (i >= words.size()) {
                return -1;
            }
            if (k > 0 && words.get(i).equals("-")) {
                continue;
            }
            StringBuilder joined = new StringBuilder();
            while (k < phrase.size() && joined.length() < words.get(i).length()) {
                joined.append(phrase.get(k++));
            }
            if (!joined.toString().equals(words.get(i))) {
                return -1;
            }
        }
        return i;
    }

    /** "I can't do mornings", "not in the afternoon": a part of the day refused is not the one asked for. */
    private static boolean refused(List<String> words, int i) {
        for (String optional : new String[] {"refused article", "refused verb"}) {
            int start = WORDS.phraseBefore(optional, words, i);
            i = start < 0 ? i : start;
        }
        return WORDS.phraseBefore("refusal", words, i) >= 0;
    }

    private static String blank(String text, List<SaidTime> spans) {
        char[] chars = text.toCharArray();
        for (SaidTime span : spans) {
            for (int i = span.from(); i < span.to(); i++) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
