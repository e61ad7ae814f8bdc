package bella.bootstrap.cli;

/**
 * A command could not do what was asked, for a reason its user can act on: printed as one line, never a stack trace.
 * Exit code 2 means the arguments were wrong (or what they name does not exist), 1 anything else.
 */
final class CommandFailed extends RuntimeException {

    static final int FAILED = 1;
    static final int BAD_ARGUMENTS = 2;

    private final int exitCode;

    CommandFailed(String reason, int exitCode) {
        super(reason);
        this.exitCode = exitCode;
    }

    static CommandFailed badArguments(String reason, String usage) {
        return new CommandFailed(reason + "; usage: " + usage, BAD_ARGUMENTS);
    }

    int exitCode() {
        return exitCode;
    }
}
