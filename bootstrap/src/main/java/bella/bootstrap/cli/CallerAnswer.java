package bella.bootstrap.cli;

/**
 * What a simulated caller answers one of Bella's questions with: words (Twilio's speech result), keys pressed
 * (its digits), or nothing at all.
 */
record CallerAnswer(Kind kind, String value) {

    /** Typed keys start with this: {@code #1}, {@code #4165550123#}. */
    static final String KEYS = "#";

    enum Kind { SPEECH, KEYS, SILENCE }

    static final CallerAnswer SILENCE = new CallerAnswer(Kind.SILENCE, "");

    static CallerAnswer words(String words) {
        return new CallerAnswer(Kind.SPEECH, words);
    }

    static CallerAnswer keys(String keys) {
        return new CallerAnswer(Kind.KEYS, keys);
    }

    /** A line as a person types it: {@code #} and keys (digits, {@code *}, {@code #}), words, or nothing. */
    static CallerAnswer typed(String line) {
        String answer = line.strip();
        if (answer.isEmpty()) {
            return SILENCE;
        }
        String keys = answer.substring(KEYS.length()).strip();
        return answer.startsWith(KEYS) && keys.matches("[0-9*#]+") ? keys(keys) : words(answer);
    }

    /** As a transcript shows it. */
    @Override
    public String toString() {
        return switch (kind) {
            case SPEECH -> value;
            case KEYS -> "(presses " + value + ")";
            case SILENCE -> "(says nothing)";
        };
    }
}
