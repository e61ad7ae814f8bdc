package bella.domain.call;

import bella.domain.call.Prompt.Kind;

import java.util.Map;
import java.util.Optional;

/**
 * What keys mean at the question Bella has just asked: only what that question named, by place or as yes or no.
 * A key is never a time or a day, however its digit would read as words: 1 pressed after "press 1 for 10 AM" is
 * 10 AM, not 1 PM.
 */
public final class Keypad {

    /** The main menu's keys; 0, the operator's key on any phone menu, asks for a person. */
    private static final Map<String, Intent> MENU = Map.of("1", Intent.BOOK, "2", Intent.HOURS,
            "3", Intent.RESCHEDULE, "0", Intent.HUMAN);
    /** "Say yes or press 1, or say no or press 2." */
    private static final Map<String, Intent> YES_NO = Map.of("1", Intent.YES, "2", Intent.NO);

    private Keypad() {
    }

    /** The purpose a key picks at the main menu, or the answer it gives to a yes-or-no question. */
    public static Optional<Intent> intent(Expectation expecting, String key) {
        return switch (expecting) {
            case INTENT -> Optional.ofNullable(MENU.get(key));
            case CONFIRMATION -> Optional.ofNullable(YES_NO.get(key));
            default -> Optional.empty();
        };
    }

    /**
     * What keys pressed at a question of this kind mean when it listed so many options (offers, readings, bookings
     * or services, named in order), or empty when they name nothing it offered.
     */
    static Optional<Understood> meaning(Kind asked, int options, String keys) {
        Optional<Intent> intent = intent(asked.expecting(), keys);
        if (intent.isPresent()) {
            return intent.map(Understood::intent);
        }
        boolean listed = asked.expecting() == Expectation.CHOICE || asked.expecting() == Expectation.SERVICE;
        if (!listed || !keys.matches("[1-9]") || Integer.parseInt(keys) > options) {
            return Optional.empty();
        }
        return Optional.of(new Understood(Intent.OTHER, null, null, null, false, false, null, null,
                Integer.valueOf(keys), null, null, null));
    }
}
