package bella.domain.call;

import bella.domain.booking.Slot;

import java.util.List;
import java.util.Objects;

/**
 * What Bella says next, as meaning rather than words: the application phrases it, an adapter voices it.
 *
 * @param slots    the slots offered, or the one read back or booked
 * @param name     the caller's name where the prompt uses it
 * @param refusal  why the requested time could not be booked, when that is what Bella must explain
 * @param apology  Bella did not understand the last answer and says so before asking again
 * @param keypad   after repeated misses, options are offered on the keypad
 * @param preface  something Bella says before the question itself
 */
public record Prompt(Kind kind, List<Slot> slots, String name, Refusal refusal, boolean apology, boolean keypad,
                     Preface preface) {

    /** The kind of question or statement. */
    public enum Kind {
        /** Greeting and menu: book, hours. */
        MENU(Expectation.INTENT),
        ASK_TIME(Expectation.TIME),
        OFFER(Expectation.CHOICE),
        ASK_NAME(Expectation.NAME),
        ASK_PHONE(Expectation.PHONE),
        READ_BACK(Expectation.CONFIRMATION),
        /** The caller confirmed; the booking must be made before Bella can say more. */
        BOOKING(Expectation.NOTHING),
        BOOKED(Expectation.NOTHING),
        GOODBYE(Expectation.NOTHING),
        /** Bella could not understand the caller after repeated tries and ends the call politely. */
        GIVE_UP(Expectation.NOTHING);

        private final Expectation expecting;

        Kind(Expectation expecting) {
            this.expecting = expecting;
        }

        public Expectation expecting() {
            return expecting;
        }
    }

    /** What Bella says before its question. */
    public enum Preface {
        NONE, WELCOME, WELCOME_BACK, HOURS, CANNOT_CHANGE_BOOKINGS_YET, NO_ONE_TO_TRANSFER_TO, NOTHING_FREE
    }

    public Prompt {
        Objects.requireNonNull(kind, "kind");
        slots = List.copyOf(slots);
        Objects.requireNonNull(preface, "preface");
    }

    public Expectation expecting() {
        return kind.expecting();
    }

    public boolean endsCall() {
        return kind.expecting() == Expectation.NOTHING && kind != Kind.BOOKING;
    }
}
