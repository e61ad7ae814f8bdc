package bella.domain.call;

import bella.domain.booking.Slot;

import java.util.List;
import java.util.Objects;

/**
 * What Bella says next, as meaning rather than words: the application phrases it, an adapter voices it.
 *
 * @param purpose  what the caller is getting done: booking anew, moving or cancelling a booking
 * @param slots    the slots offered, the readings to choose from, the caller's bookings to pick from, or the one
 *                 read back, booked or moved to
 * @param existing the booking being moved or cancelled, or null
 * @param name     the caller's name where the prompt uses it
 * @param refusal  why the requested time could not be booked, when that is what Bella must explain
 * @param apology  Bella did not understand the last answer and says so before asking again
 * @param keypad   after repeated misses, options are offered on the keypad
 * @param preface  something Bella says before the question itself
 * @param service  the service being booked, when the caller chose one
 * @param variant  the wording the call was given: its greeting and its style of read-back
 */
public record Prompt(Kind kind, Purpose purpose, List<Slot> slots, Slot existing, String name, Refusal refusal,
                     boolean apology, boolean keypad, Preface preface, String service, PromptVariant variant) {

    /** The kind of question or statement. */
    public enum Kind {
        /** Greeting and menu: book, hours, change a booking. */
        MENU(Expectation.INTENT),
        /** The business offers several services: which one? */
        ASK_SERVICE(Expectation.SERVICE),
        ASK_TIME(Expectation.TIME),
        /** The caller's words allow two days or times: which one? */
        CLARIFY(Expectation.CHOICE),
        OFFER(Expectation.CHOICE),
        ASK_NAME(Expectation.NAME),
        ASK_PHONE(Expectation.PHONE),
        READ_BACK(Expectation.CONFIRMATION),
        /** The caller has several bookings: which one to change? */
        CHOOSE_BOOKING(Expectation.CHOICE),
        CONFIRM_CANCEL(Expectation.CONFIRMATION),
        /** The caller asked for a time while referring to a booking they have: move that one? */
        CONFIRM_MOVE(Expectation.CONFIRMATION),
        /** The caller confirmed; the booking or change must be made before Bella can say more. */
        BOOKING(Expectation.NOTHING),
        /** Booked, or moved: the call's work is done. */
        BOOKED(Expectation.NOTHING),
        CANCELLED(Expectation.NOTHING),
        GOODBYE(Expectation.NOTHING),
        /** Bella could not understand the caller after repeated tries and ends the call politely. */
        GIVE_UP(Expectation.NOTHING),
        /** The caller asked for a person: Bella rings the owner and waits to hear how that went. */
        TRANSFER(Expectation.NOTHING),
        /** The owner took the call: Bella has nothing more to say. */
        TRANSFERRED(Expectation.NOTHING),
        /** Bella records the caller's message and waits for the recording. */
        TAKE_MESSAGE(Expectation.NOTHING),
        /** The message is recorded: Bella thanks the caller and ends the call. */
        MESSAGE_TAKEN(Expectation.NOTHING),
        /** The name was heard faintly: Bella records it said once more after the tone, to have it transcribed. */
        REPEAT_NAME(Expectation.NOTHING),
        /** The same for the phone number. */
        REPEAT_PHONE(Expectation.NOTHING);

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
        NONE, WELCOME, WELCOME_BACK, HOURS, NO_BOOKING_FOUND, NO_ONE_TO_TRANSFER_TO, NOTHING_FREE, NO_TIME_OF_DAY,
        /** The caller pressed keys the question did not name. */
        KEY_NOT_OFFERED,
        /** The date the caller said has gone by; Bella asks which day ahead they meant. */
        DATE_PASSED,
        /** The caller asked for something that is none of the business's services. */
        SERVICE_NOT_OFFERED,
        /** The greeting, then that the call may be recorded. */
        WELCOME_RECORDED,
        /** The greeting of a caller known by name, then that the call may be recorded. */
        WELCOME_BACK_RECORDED,
        /** The owner's phone was rung and nobody took the call. */
        NO_ANSWER,
        /** Bella could not understand the caller after repeated tries. */
        NOT_UNDERSTOOD
    }

    public Prompt {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(purpose, "purpose");
        slots = List.copyOf(slots);
        Objects.requireNonNull(preface, "preface");
        Objects.requireNonNull(variant, "variant");
    }

    public Expectation expecting() {
        return kind.expecting();
    }

    /**
     * Whether Bella hangs up after these words; she still waits after a booking, a transfer, a message or an answer
     * she asked to hear again.
     */
    public boolean endsCall() {
        return kind.expecting() == Expectation.NOTHING && kind != Kind.BOOKING && kind != Kind.TRANSFER
                && kind != Kind.TAKE_MESSAGE && !repeatsAnswer();
    }

    /** Whether Bella records the answer to her last question said once more, after the tone. */
    public boolean repeatsAnswer() {
        return kind == Kind.REPEAT_NAME || kind == Kind.REPEAT_PHONE;
    }
}
