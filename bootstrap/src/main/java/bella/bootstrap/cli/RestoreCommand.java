package bella.bootstrap.cli;

import bella.adapters.persistence.DatabaseUrl;
import bella.adapters.persistence.SqliteCopies;

import java.nio.file.Path;
import java.util.List;

/** Replaces Bella's SQLite database with a backup, only while no Bella has it open. */
final class RestoreCommand implements Command {

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String arguments() {
        return "FILE";
    }

    @Override
    public String summary() {
        return "replaces the database DATABASE_URL names with the backup FILE; Bella must be stopped";
    }

    @Override
    public int run(List<String> args, Shell shell) {
        Path file = DatabaseCopy.file(args, usage());
        DatabaseUrl database = DatabaseCopy.database(shell, usage());
        try {
            long events = SqliteCopies.restore(file, database);
            shell.out().println("restored " + events + " events from " + file);
            return 0;
        } catch (SqliteCopies.CopyRefused refused) {
            throw new CommandFailed(refused.getMessage(), CommandFailed.FAILED);
        }
    }
}
