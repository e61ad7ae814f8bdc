package bella.bootstrap.cli;

/**
 * A webhook a simulated call posted did not get TwiML back in time. On a real call Twilio would play its "application
 * error" and hang up; a simulation of many calls counts these by kind.
 */
final class WebhookFailed extends RuntimeException {

    enum Kind {
        /** Nothing answers at the URL: a wrong {@code --url}, or Bella is not running. */
        UNREACHABLE("unreachable", CommandFailed.BAD_ARGUMENTS),
        /** Bella refused the signature: the token is not Bella's. */
        SIGNATURE_REFUSED("refused the signature", CommandFailed.BAD_ARGUMENTS),
        /** The answer is not TwiML the simulation can follow: is the URL a Bella? */
        NOT_TWIML("not TwiML", CommandFailed.BAD_ARGUMENTS),
        /** Bella answered an error. */
        ERROR("answered an error", CommandFailed.FAILED),
        /** No answer within Twilio's patience. */
        TIMED_OUT("timed out (past Twilio's 15 s)", CommandFailed.FAILED);

        /** How a count of them reads: "3 answered an error". */
        final String label;
        private final int exitCode;

        Kind(String label, int exitCode) {
            this.label = label;
            this.exitCode = exitCode;
        }
    }

    private final Kind kind;

    WebhookFailed(Kind kind, String reason) {
        super(reason);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    CommandFailed asCommandFailed() {
        return new CommandFailed(getMessage(), kind.exitCode);
    }
}
