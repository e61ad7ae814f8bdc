package bella.bootstrap.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every command of {@code java -jar bella.jar COMMAND [ARGUMENTS]}: a new command is a class and a line in
 * {@link #COMMANDS}. {@code help} lists them.
 */
public final class CommandLine {

    private static final String HELP = "help";
    private static final List<Command> COMMANDS = List.of(
            new UnderstandCommand(),
            new RebuildCommand(),
            new AnalyticsCommand(),
            new ReportCommand(),
            new CostsCommand(),
            new RerunCommand(),
            new ForgetCommand(),
            new SimulateCommand(),
            new BackupCommand(),
            new RestoreCommand());

    private CommandLine() {
    }

    /**
     * Whether the first argument asks for a command rather than for Bella to start: a word, where Bella's own
     * arguments are options ({@code --server.port=9090}). A word that names no command is refused, not ignored.
     */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    /** Runs the command the first argument names. @return its exit code */
    public static int run(String[] args, Shell shell) {
        if (args.length == 0 || args[0].equals(HELP)) {
            shell.out().println("usage: java -jar bella.jar [COMMAND [ARGUMENTS]]; without a command, Bella starts.");
            shell.out().println("commands:");
            COMMANDS.forEach(command -> {
                shell.out().println("  " + command.usage());
                shell.out().println("      " + command.summary());
            });
            shell.out().println("  " + HELP);
            shell.out().println("      lists these commands");
            return 0;
        }
        Optional<Command> command = named(args[0]);
        if (command.isEmpty()) {
            shell.err().println("no command " + args[0] + "; java -jar bella.jar help lists them");
            return CommandFailed.BAD_ARGUMENTS;
        }
        try {
            return command.get().run(Arrays.asList(args).subList(1, args.length), shell);
        } catch (CommandFailed failed) {
            shell.err().println(failed.getMessage());
            return failed.exitCode();
        } finally {
            shell.out().flush();
        }
    }

    private static Optional<Command> named(String name) {
        return COMMANDS.stream().filter(command -> command.name().equals(name)).findFirst();
    }
}
