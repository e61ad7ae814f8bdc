package bella.domain.call;

import bella.domain.booking.Slot;
import bella.domain.call.Prompt.Kind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the conversation so far lends to a bare answer: the day or the time the caller already named, the readings
 * Bella asked them to choose between, the request kept while Bella asked which service.
 *
 * @param stage       what Bella has just asked
 * @param services    the services offered, the default first
 * @param service     the service chosen so far, or null
 * @param lastRequest the time the caller asked for, kept until a slot is accepted, or null
 * @param readings    the moments a two-way phrase could mean, while Bella asks which
 * @param day         the day the conversation is about when no time was settled on it, or null
 * @param time        the time of day of a request that was refused, to try on another day, or null
 * @param onOffer     the times Bella has just put to the caller: offered, or read back
 */
record CallContext(Kind stage, ZoneId zone, List<String> services, String service, Understood lastRequest,
                   List<Instant> readings, LocalDate day, LocalTime time, List<Slot> onOffer) {

    /**
     * The answer read in context: a bare "2 pm" after the caller named Tuesday is Tuesday at 2, a bare "Monday"
     * after a refused time is Monday at that time, "the second" picks a reading or a service.
     */
    Understood read(Understood understood) {
        if (stage == Kind.ASK_SERVICE) {
            String named = serviceNamed(understood);
            if (named != null && !understood.hasTime() && lastRequest != null) {
                return withService(lastRequest, named);
            }
            return named == null ? understood : withService(understood, named);
        }
        if (stage == Kind.CLARIFY) {
            Optional<Instant> reading = readingPicked(understood);
            if (reading.isPresent()) {
                boolean timeSaid = !reading.get().atZone(zone).toLocalTime().equals(LocalTime.MIDNIGHT);
                return moved(withoutWindow(understood), reading.get(), timeSaid, null);
            }
        }
        if (stage == Kind.READ_BACK && onOffer.size() == 1 && !understood.hasTime() && understood.service() != null
                && !understood.service().equals(service)) {
            // "No, it's for the initial assessment": the time read back, asked for again for that service.
            return new Understood(Intent.BOOK, onOffer.get(0).start(), null, Grain.MINUTE, true, true,
                    understood.name(), understood.phone(), null, null, understood.service(), null);
        }
        if (stage == Kind.CONFIRM_MOVE && understood.intent() == Intent.YES && !understood.hasTime()
                && lastRequest != null && matching(onOffer, lastRequest, zone).isEmpty()) {
            // "Yes" to moving the booking: to the other time the caller asked for.
            return new Understood(Intent.YES, lastRequest.start(), lastRequest.end(), lastRequest.grain(),
                    lastRequest.timeSaid(), lastRequest.dateSaid(), understood.name(), understood.phone(), null, null,
                    null, null);
        }
        Shift shift = understood.shift();
        boolean movedBy = shift != null && shift.by() != null;
        // "The next day at ten": the day moved is the one on offer, whatever day the words alone would name.
        boolean dayAtTimeSaid = movedBy && shift.by().toDays() > 0 && understood.timeSaid() && understood.end() == null;
        if (movedBy && (onOffer.size() == 1 || dayAtTimeSaid && !onOffer.isEmpty())) {
            // "An hour later", "the day after": the time read back, moved; "the day after at 11": that day's 11.
            ZonedDateTime from = onOffer.get(0).start().atZone(zone);
            if (dayAtTimeSaid) {
                from = from.with(understood.start().atZone(zone).toLocalTime());
            }
            return new Understood(Intent.BOOK, shift.from(from.toInstant()), null, Grain.MINUTE, true, true,
                    understood.name(), understood.phone(), null, null, understood.service(), null);
        }
        if ((!understood.hasTime() || stage == Kind.OFFER && understood.end() != null && !understood.dateSaid())
                && shift != null && !onOffer.isEmpty()) {
            return shifted(understood);
        }
        Optional<Integer> picked = understood.picked(onOffer.size());
        if (stage == Kind.OFFER && understood.dateSaid() && !understood.timeSaid() && picked.isPresent()) {
            // "Wednesday, same time as the first one": that offer's time on the day named.
            LocalTime time = onOffer.get(picked.get()).start().atZone(zone).toLocalTime();
            LocalDate said = understood.start().atZone(zone).toLocalDate();
            return moved(understood, said.atTime(time).atZone(zone).toInstant(), true, null);
        }
        if (!understood.hasTime()) {
            return understood;
        }
        understood = inMonthReadBack(understood);
        boolean clockTime = understood.timeSaid() && understood.end() == null;
        if (stage == Kind.READ_BACK && onOffer.size() == 1 && !clockTime
                && !matching(onOffer, understood, zone).isEmpty()) {
            // "Yes, Monday, that's good", "yes, see you this afternoon": the day or the part of the day read back
            // asks for nothing new.
            return new Understood(understood.intent(), null, null, null, false, false, understood.name(),
                    understood.phone(), understood.choice(), null, understood.service(), null);
        }
        ZonedDateTime start = understood.start().atZone(zone);
        if (understood.dateSaid() && inWeekAsked(understood)) {
            return moved(understood, start.plusWeeks(1).toInstant(), understood.timeSaid(), null);
        }
        if (understood.timeSaid() && !understood.dateSaid() && day != null) {
            // "The later of the two morning ones": the place picked stays, counted among the offers that time fits.
            return moved(understood, day.atTime(start.toLocalTime()).atZone(zone).toInstant(), true,
                    understood.choice());
        }
        if (understood.dateSaid() && !understood.timeSaid() && understood.grain() == Grain.DAY && time != null) {
            return moved(understood, start.toLocalDate().atTime(time).atZone(zone).toInstant(), true, null);
        }
        return understood;
    }

    /**
     * "No, the 9th" to a time read back in January: January's 9th, when that lies after the next 9th to come, which
     * the words alone name.
     */
    private Understood inMonthReadBack(Understood understood) {
        if (stage != Kind.READ_BACK || onOffer.size() != 1 || !understood.dayOfMonthAlone()) {
            return understood;
        }
        ZonedDateTime said = understood.start().atZone(zone);
        LocalDate readBack = onOffer.get(0).start().atZone(zone).toLocalDate();
        int day = said.getDayOfMonth();
        if (day > readBack.lengthOfMonth() || !readBack.withDayOfMonth(day).isAfter(said.toLocalDate())) {
            return understood;
        }
        return moved(understood, said.with(readBack.withDayOfMonth(day)).toInstant(), understood.timeSaid(), null);
    }

    /**
     * "Anything later?" asks for the rest of that day after the last time on offer, and "anything earlier?" for the
     * day before the first; when that stretch is full, the diary goes on to the next free times as for any window.
     * A window said with it ("something later than 11", "nothing earlier in the morning?") bounds that stretch.
     */
    private Understood shifted(Understood understood) {
        Instant first = onOffer.stream().map(Slot::start).min(Instant::compareTo).orElseThrow();
        Instant last = onOffer.stream().map(Slot::start).max(Instant::compareTo).orElseThrow();
        boolean earlier = understood.shift().way() == Shift.Way.EARLIER;
        LocalDate day = (earlier ? first : last).atZone(zone).toLocalDate();
        Instant start = earlier ? day.atStartOfDay(zone).toInstant() : last.plus(Duration.ofMinutes(1));
        Instant end = earlier ? first : day.plusDays(1).atStartOfDay(zone).toInstant();
        if (understood.end() != null) {
            Instant from = day.atTime(understood.start().atZone(zone).toLocalTime()).atZone(zone).toInstant();
            Instant to = from.plus(Duration.between(understood.start(), understood.end()));
            if (from.isBefore(end) && to.isAfter(start)) {
                start = from.isAfter(start) ? from : start;
                end = to.isBefore(end) ? to : end;
            }
        }
        return new Understood(Intent.BOOK, start, end, Grain.HOUR, true, true, understood.name(), understood.phone(),
                null, null, understood.service(), null);
    }

    /**
     * After "next week", a weekday said alone ("Wednesday") means that week's, though it reads as this week's:
     * true when the day falls in the week before the week asked for.
     */
    private boolean inWeekAsked(Understood understood) {
        if (lastRequest == null || lastRequest.grain() != Grain.WEEK || lastRequest.end() == null) {
            return false;
        }
        Instant weekStart = lastRequest.start();
        return understood.start().isBefore(weekStart)
                && !understood.start().plus(Duration.ofDays(7)).isBefore(weekStart);
    }

    /**
     * The service a caller named by name or, when asked which, by place ("the second", key 2), or by a yes when
     * Bella named only one.
     */
    String serviceNamed(Understood understood) {
        if (understood.service() != null) {
            return understood.service();
        }
        if (services.size() == 1 && understood.intent() == Intent.YES) {
            return services.get(0);
        }
        return understood.picked(services.size()).map(services::get).orElse(null);
    }

    /**
     * Which of the slots the caller named by time ("the 2:30"), by day ("Wednesday's"), both, or by a part of the
     * day ("the morning one").
     */
    static List<Slot> matching(List<Slot> slots, Understood understood, ZoneId zone) {
        ZonedDateTime said = understood.start().atZone(zone);
        List<Slot> fits = new ArrayList<>();
        for (Slot slot : slots) {
            ZonedDateTime start = slot.start().atZone(zone);
            boolean dayFits = !understood.dateSaid() || start.toLocalDate().equals(said.toLocalDate());
            boolean timeFits = !understood.timeSaid() || (understood.end() == null
                    ? start.toLocalTime().equals(said.toLocalTime())
                    : inWindowOfDay(start, understood, zone));
            if (dayFits && timeFits) {
                fits.add(slot);
            }
        }
        return fits;
    }

    /** Whether the slot's time of day lies in the window's, whatever day the window was placed on. */
    private static boolean inWindowOfDay(ZonedDateTime slotStart, Understood window, ZoneId zone) {
        LocalTime from = window.start().atZone(zone).toLocalTime();
        LocalTime to = window.end().atZone(zone).toLocalTime();
        LocalTime at = slotStart.toLocalTime();
        return !at.isBefore(from) && (to.equals(LocalTime.MIDNIGHT) || at.isBefore(to));
    }

    /**
     * The reading an answer to "do you mean …?" picks, read against the readings asked about: by place, by a yes when
     * only one was asked about, by its day, or by a week or month that holds only one of them ("the one next week",
     * "no, I meant this month").
     */
    private Optional<Instant> readingPicked(Understood understood) {
        Optional<Instant> placed = understood.picked(readings.size()).map(readings::get);
        if (placed.isPresent()) {
            return placed;
        }
        if (readings.size() == 1 && understood.intent() == Intent.YES && !understood.hasTime()) {
            return Optional.of(readings.get(0));
        }
        if (understood.hasTime() && understood.end() != null && understood.otherReading() == null) {
            List<Instant> within = readings.stream().filter(reading -> !reading.isBefore(understood.start())
                    && reading.isBefore(understood.end())).toList();
            if (within.size() == 1) {
                return Optional.of(within.get(0));
            }
        }
        if (understood.hasTime() && understood.dateSaid() && understood.otherReading() == null) {
            LocalDate said = understood.start().atZone(zone).toLocalDate();
            return readings.stream().filter(reading -> reading.atZone(zone).toLocalDate().equals(said)).findFirst();
        }
        return Optional.empty();
    }

    /** The answer without the stretch of time it named, which only said which reading. */
    private static Understood withoutWindow(Understood understood) {
        return understood.end() == null ? understood : new Understood(understood.intent(), understood.start(), null,
                Grain.DAY, false, true, understood.name(), understood.phone(), null, null, understood.service(), null);
    }

    private static Understood withService(Understood understood, String service) {
        return new Understood(understood.hasTime() ? Intent.BOOK : understood.intent(), understood.start(),
                understood.end(), understood.grain(), understood.timeSaid(), understood.dateSaid(), understood.name(),
                understood.phone(), null, understood.otherReading(), service, null);
    }

    /** The answer moved to another moment that the conversation supplies the day of, with the place still picked. */
    private static Understood moved(Understood understood, Instant start, boolean timeSaid, Integer choice) {
        Instant end = understood.end() == null || understood.start() == null ? null
                : start.plus(Duration.between(understood.start(), understood.end()));
        Grain grain = understood.grain() == null || !timeSaid ? Grain.DAY : understood.grain();
        if (timeSaid && grain == Grain.DAY) {
            grain = Grain.MINUTE;
        }
        return new Understood(Intent.BOOK, start, end, grain, timeSaid, true, understood.name(),
                understood.phone(), choice, null, understood.service(), null);
    }
}
