package bella.domain.call;

/** How the caller answered: by voice, on the keypad, or not at all. */
public enum Channel {
    SPEECH, KEYPAD, SILENCE
}
