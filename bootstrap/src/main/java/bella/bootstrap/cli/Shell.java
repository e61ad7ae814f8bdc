package bella.bootstrap.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Map;

/**
 * What a command runs in: its streams, its environment (where Bella's settings are), whether its output is a terminal
 * a person watches, and the clock. Tests give their own.
 */
public record Shell(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, boolean terminal,
                    Clock clock) {

    /** The process's own. */
    public static Shell system() {
        return new Shell(System.in, System.out, System.err, System.getenv(), interactive(), Clock.systemUTC());
    }

    /**
     * Java 22 and later give a console even when the output is redirected, and say whether it is a terminal through a
     * method Java 17 lacks: ask it where it exists.
     */
    private static boolean interactive() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException before22) {
            return true;
        }
    }
}
