package bella.bootstrap.cli;

import java.util.List;

/** One command of the command line. */
interface Command {

    /** The word that names it: {@code java -jar bella.jar NAME …}. */
    String name();

    /** The arguments it takes, as {@code help} shows them after its name. */
    String arguments();

    /** What it does, in a few words. */
    String summary();

    default String usage() {
        return name() + " " + arguments();
    }

    /**
     * Runs it; a failure it can explain is a {@link CommandFailed}, which the command line prints as one line.
     *
     * @return the exit code, 0 when all went well
     */
    int run(List<String> args, Shell shell);
}
