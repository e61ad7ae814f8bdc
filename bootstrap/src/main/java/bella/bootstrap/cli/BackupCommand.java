package bella.bootstrap.cli;

import bella.adapters.persistence.DatabaseUrl;
import bella.adapters.persistence.SqliteCopies;

import java.nio.file.Path;
import java.util.List;

/** Copies Bella's SQLite database to a new file while Bella goes on answering calls. */
final class BackupCommand implements Command {

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String arguments() {
        return "FILE";
    }

    @Override
    public String summary() {
        return "copies the database DATABASE_URL names to the new FILE, consistently, while Bella runs";
    }

    @Override
    public int run(List<String> args, Shell shell) {
        Path file = DatabaseCopy.file(args, usage());
        DatabaseUrl database = DatabaseCopy.database(shell, usage());
        try {
            long events = SqliteCopies.backup(database, file);
            shell.out().println("backed up " + events + " events to " + file);
            return 0;
        } catch (SqliteCopies.CopyRefused refused) {
            throw new CommandFailed(refused.getMessage(), CommandFailed.FAILED);
        }
    }
}
