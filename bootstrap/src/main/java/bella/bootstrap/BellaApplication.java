package bella.bootstrap;

import bella.adapters.persistence.PersistenceConfiguration;
import bella.adapters.twilio.TwilioConfiguration;
import bella.bootstrap.cli.CommandLine;
import bella.bootstrap.cli.Shell;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Starts Bella, or runs one of its commands when the first argument names one. */
@SpringBootApplication
@Import({PersistenceConfiguration.class, TwilioConfiguration.class})
public class BellaApplication {

    public static void main(String[] args) {
        // Axon's update checker would call its vendor at start: Bella connects only where it is configured to.
        System.setProperty("axoniq.update-checker.disabled", "true");
        // Nor advertise its console in a seven-line banner at every start.
        System.setProperty("disable-axoniq-console-message", "true");
        if (CommandLine.isCommand(args)) {
            System.setProperty("logback.configurationFile", "logback-cli.xml");
            // backup and restore open the SQLite file themselves
            SqliteNativeLibrary.keepPerUser();
            System.exit(CommandLine.run(args, Shell.system()));
        }
        try {
            SpringApplication.run(BellaApplication.class, args);
        } catch (StartupCheck.StartRefused refused) {
            // the check has said why in one line; a stack trace would only bury it
            System.exit(1);
        }
    }
}
