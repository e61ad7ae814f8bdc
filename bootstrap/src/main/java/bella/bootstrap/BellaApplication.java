package bella.bootstrap;

import bella.adapters.persistence.PersistenceConfiguration;
import bella.adapters.twilio.TwilioConfiguration;
import bella.bootstrap.cli.UnderstandCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Starts Bella, or runs one of its commands when the first argument names one. */
@SpringBootApplication
@Import({PersistenceConfiguration.class, TwilioConfiguration.class})
public class BellaApplication {

    public static void main(String[] args) throws IOException {
        // Axon's update checker would call its vendor at start: Bella connects only where it is configured to.
        System.setProperty("axoniq.update-checker.disabled", "true");
        // Nor advertise its console in a seven-line banner at every start.
        System.setProperty("disable-axoniq-console-message", "true");
        if (args.length > 0 && args[0].equals("understand")) {
            System.setProperty("logback.configurationFile", "logback-cli.xml");
            System.exit(UnderstandCommand.run(Arrays.copyOfRange(args, 1, args.length), System.in, System.out,
                    System.err));
        }
        if (System.getProperty("org.sqlite.tmpdir") == null) {
            // sqlite-jdbc would otherwise unpack its native library into the machine's shared temp directory
            Path unpacked = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "bella-sqlite"));
            System.setProperty("org.sqlite.tmpdir", unpacked.toString());
        }
        SpringApplication.run(BellaApplication.class, args);
    }
}
