package bella.bootstrap.cli;

import bella.adapters.persistence.DatabaseUrl;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code backup} and {@code restore} share: one file named, and the database Bella's own setting names. They
 * open the database themselves rather than ask Bella's API: a restore must work with Bella stopped, and a backup
 * is one read transaction beside Bella's writer, which SQLite's WAL mode lets run without holding anything up.
 */
final class DatabaseCopy {

    private DatabaseCopy() {
    }

    static Path file(List<String> args, String usage) {
        if (args.size() != 1 || args.get(0).isBlank() || args.get(0).startsWith("--")) {
            throw CommandFailed.badArguments("name one file", usage);
        }
        try {
            return Path.of(args.get(0));
        } catch (InvalidPathException e) {
            throw CommandFailed.badArguments("'" + args.get(0) + "' is not a file name", usage);
        }
    }

    static DatabaseUrl database(Shell shell, String usage) {
        try {
            return DatabaseUrl.fromEnvironment(shell.env().get(DatabaseUrl.PROPERTY));
        } catch (IllegalArgumentException e) {
            throw CommandFailed.badArguments(e.getMessage(), usage);
        }
    }
}
