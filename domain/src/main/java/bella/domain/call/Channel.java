package bella.domain.call;

/**
 * How the caller answered: by voice, on the keypad, or not at all; or by voice said again after the tone, as the
 * transcription service heard the recording. Stored by name: values may be added, never renamed.
 */
public enum Channel {
    SPEECH, KEYPAD, SILENCE, RECORDING
}
