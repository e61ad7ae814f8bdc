package bella.domain.call;

import bella.domain.call.Prompt.Kind;

/**
 * Where in the dialogue the caller was: the question Bella had just asked. Stored by name in {@link CallFailed} and
 * {@link CallerDeclined}, and grouped by in analytics: values may be added, never renamed or given another meaning.
 * Kept apart from {@link Kind}, which may change with the dialogue, while stored stages may not.
 */
public enum Stage {
    /** The greeting's open question: what can Bella do for the caller (book, hours, change a booking). */
    MENU,
    /** Which of the business's services the caller wants. */
    ASK_SERVICE,
    /** When the caller would like to come. */
    ASK_TIME,
    /** Which of two days or times the caller's words could mean. */
    CLARIFY,
    /** Which of the free times Bella offered the caller takes. */
    OFFER,
    /** The caller's name, for the booking. */
    ASK_NAME,
    /** A number to reach the caller on, for the booking. */
    ASK_PHONE,
    /** Whether the booking or move Bella read back is right. */
    READ_BACK,
    /** Which of their bookings the caller wants to change or cancel. */
    CHOOSE_BOOKING,
    /** Whether to cancel the booking the caller named. */
    CONFIRM_CANCEL,
    /** Whether to move the booking the caller referred to, rather than book another. */
    CONFIRM_MOVE,
    /** A stage written by older code in words this version does not know; only upcasting writes it. */
    OTHER;

    /** The stage of a question Bella asks; a prompt that asks nothing is no stage a caller can be at. */
    static Stage of(Kind kind) {
        return switch (kind) {
            case MENU -> MENU;
            case ASK_SERVICE -> ASK_SERVICE;
            case ASK_TIME -> ASK_TIME;
            case CLARIFY -> CLARIFY;
            case OFFER -> OFFER;
            case ASK_NAME -> ASK_NAME;
            case ASK_PHONE -> ASK_PHONE;
            case READ_BACK -> READ_BACK;
            case CHOOSE_BOOKING -> CHOOSE_BOOKING;
            case CONFIRM_CANCEL -> CONFIRM_CANCEL;
            case CONFIRM_MOVE -> CONFIRM_MOVE;
            case BOOKING, BOOKED, CANCELLED, GOODBYE, GIVE_UP, TRANSFER, TRANSFERRED, TAKE_MESSAGE, MESSAGE_TAKEN,
                 REPEAT_NAME, REPEAT_PHONE ->
                    throw new IllegalArgumentException("Bella asks nothing at " + kind);
        };
    }
}
