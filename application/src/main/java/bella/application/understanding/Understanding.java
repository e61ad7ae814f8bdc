package bella.application.understanding;

import bella.domain.call.Expectation;
import bella.domain.call.Grain;
import bella.domain.call.Intent;
import bella.domain.call.Understood;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one caller utterance, as the speech recogniser or keypad gave it, into what Bella needs to act on.
 * Safe to share between calls. Never throws for any text: what cannot be read is left out.
 */
public final class Understanding {

    private static final Logger LOG = LoggerFactory.getLogger(Understanding.class);

    /** "The Thursday one", "the 2:30 one": after a day or a time, "one" is a pronoun, not the number. */
    private static final Pattern PRONOUN_ONE = Pattern.compile("\\b(" + DateReader.WEEKDAY_WORD
            + "|\\d{1,2}:\\d{2}|\\d{1,2} ?[ap]m|noon|morning|afternoon|evening|\\d{1,2}(?:st|nd|rd|th)) (?:one|1)"
            + "(?= *(?:please|sounds good|works)? *,? *$)");
    /** Among offers "the 10" is the ten o'clock one, "the three thirty one" the 3:30 one ("one" a pronoun). */
    private static final Pattern OFFERED_TIME = Pattern.compile("\\bthe (?:(1[0-2]|[1-9])|(\\d{1,2}:[2-5])1)"
            + "(?= *(?:one|please|o'clock)? *(?:,|$))");

    private static final Pattern KEYS = Pattern.compile("^(?:press )?[12](?: ,)?$");
    private static final Pattern CLOSING = Lexicon.ENGLISH.closings();

    private final PhoneReader phones;
    private final DateTimeReader times;
    private final IntentReader intents = new IntentReader();
    private final NameReader names = new NameReader();
    private final ChoiceReader choices = new ChoiceReader();
    private final ShiftReader shifts = new ShiftReader();
    private final ServiceReader services;

    /**
     * @param defaultRegion the region whose numbers callers dial without a country code, e.g. "CA"
     * @param opensAt       opening time, which decides what a bare hour and "morning" mean
     * @param closesAt      closing time, which bounds "evening" and "end of the day"
     * @param services      the services a caller may name, when the business offers more than one
     * @param synonyms      other words the business gave for some of its services, by service name
     * @param holidays      the business's public holidays, which callers name as days
     */
    public Understanding(String defaultRegion, LocalTime opensAt, LocalTime closesAt, List<String> services,
                         Map<String, List<String>> synonyms, PublicHolidays holidays) {
        Objects.requireNonNull(defaultRegion, "defaultRegion");
        this.services = new ServiceReader(services, synonyms);
        this.phones = new PhoneReader(new PhoneNumbers(defaultRegion));
        this.times = new DateTimeReader(new BusinessHours(opensAt, closesAt),
                new Holidays(holidays, Year.now().getValue()));
    }

    /**
     * @param expecting what Bella just asked, which decides how a bare answer is read
     * @param now       the present moment in the business's zone; every time is resolved in that zone
     */
    public Understood understand(String text, Expectation expecting, ZonedDateTime now) {
        Objects.requireNonNull(now, "now");
        Expectation asked = expecting == null ? Expectation.NOTHING : expecting;
        try {
            return read(Normaliser.normalise(text), text, asked, now);
        } catch (RuntimeException e) {
            // A reader bug must cost one utterance, not the call.
            LOG.warn("could not understand an utterance of {} characters", text == null ? 0 : text.length(), e);
            return Understood.nothing();
        }
    }

    private Understood read(String text, String written, Expectation expecting, ZonedDateTime now) {
        if (text.isEmpty()) {
            return Understood.nothing();
        }
        String rest = text;
        Optional<PhoneReader.Found> phone = phones.read(rest);
        if (phone.isPresent()) {
            rest = blank(rest, phone.get().from(), phone.get().to());
        }
        Integer choice = null;
        boolean choosing = expecting == Expectation.CHOICE || expecting == Expectation.SERVICE;
        if (expecting == Expectation.CHOICE) {
            rest = OFFERED_TIME.matcher(rest).replaceAll(m -> m.group(1) != null ? m.group(1) : m.group(2) + "0");
        }
        if (choosing) {
            // "The first one, no, actually the second one": the choice said last stands.
            String said = SelfCorrection.in(rest).map(SelfCorrection::said).orElse(rest);
            if (!said.equals(rest) && choices.named(said).isPresent()) {
                rest = said;
            }
            Optional<ChoiceReader.Found> named = choices.named(rest);
            if (named.isPresent()) {
                choice = named.get().choice();
                rest = blank(rest, named.get().from(), reasonAfter(rest, named.get().to()));
            } else {
                rest = PRONOUN_ONE.matcher(rest).replaceAll("$1");
            }
        }
        if (expecting == Expectation.CONFIRMATION) {
            // "No wait, the first one" at the read-back of a time taken from offers: the place, said last, is
            // reported beside any day the words read as ("the 1st"); the Call, which knows its offers, decides.
            String whole = rest;
            String said = SelfCorrection.in(whole).map(SelfCorrection::said).orElse(whole);
            choice = choices.named(said).or(() -> choices.named(whole)).map(ChoiceReader.Found::choice).orElse(null);
        }
        // Choosing among offered times, a bare "ten" is a time and "two" may be either: report both readings and
        // let the call, which knows what it offered, decide.
        // At the read-back "no, 3" is a time, but "1" and "2" are the keys for yes and no.
        boolean bareHours = expecting == Expectation.TIME || expecting == Expectation.CHOICE
                || expecting == Expectation.CONFIRMATION && !KEYS.matcher(rest.trim()).matches();
        Optional<RequestedTime> time = times.read(rest, now, bareHours);
        if (choosing && choice == null) {
            choice = choices.lone(rest).orElse(null);
        }
        // "I left my capo here last night": a time gone by asks for nothing.
        boolean ahead = time.map(t -> (t.end() != null ? t.end() : t.timeSaid() ? t.start()
                : t.start().plus(Duration.ofDays(1))).isAfter(now.toInstant())).orElse(false);
        Intent intent = intents.read(rest.trim(), expecting, ahead);
        // Asked for a number, callers often give their name with it ("Kwame Boateng, 416-382-7719").
        String name = names.read(rest, expecting == Expectation.NAME || expecting == Expectation.PHONE, written)
                .orElse(null);
        Instant start = time.map(RequestedTime::start).orElse(null);
        Instant end = time.map(RequestedTime::end).orElse(null);
        Grain grain = time.map(RequestedTime::grain).orElse(null);
        return new Understood(intent, start, end, grain, time.map(RequestedTime::timeSaid).orElse(false),
                time.map(RequestedTime::dateSaid).orElse(false), name, phone.map(PhoneReader.Found::e164).orElse(null),
                choice, time.map(RequestedTime::otherReading).orElse(null), services.read(rest).orElse(null),
                shifts.read(rest).orElse(null),
                intents.refersToBooking(rest) || services.possessed(rest), CLOSING.matcher(rest).find(),
                time.map(RequestedTime::passed).orElse(null), time.map(RequestedTime::dayOfMonthAlone).orElse(false));
    }

    /** "The last one, I work till 3": a clause the caller tells of themselves after a pick ends the answer. */
    private static int reasonAfter(String text, int to) {
        List<String> after = Grammar.words(text.substring(to));
        return after.size() > 1 && after.get(0).equals(",") && Lexicon.ENGLISH.isA("self", after.get(1))
                ? text.length() : to;
    }

    private static String blank(String text, int from, int to) {
        return text.substring(0, from) + " ".repeat(to - from) + text.substring(to);
    }
}
