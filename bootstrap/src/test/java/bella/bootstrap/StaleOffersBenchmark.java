package bella.bootstrap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Counts the offers that included a slot already booked when twenty callers (or as many as asked) call at once, each
 * asking for the same afternoon and taking the first slot offered, through the signed webhooks of a Bella on a fresh
 * SQLite file with every processor running. Each run prints the offers and read-backs the callers heard, how many of
 * them included a slot the store had already reserved, and how many callers booked. Run from the repository's root:
 * <pre>
 * ./mvnw -q -pl bootstrap -am test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
 *     -Dmdep.includeScope=test
 * java -cp bootstrap/target/test-classes:bootstrap/target/classes:$(cat bootstrap/target/test-classpath.txt) \
 *     bella.bootstrap.StaleOffersBenchmark [callers, default 20] [runs, default 3]
 * </pre>
 */
public final class StaleOffersBenchmark {

    private StaleOffersBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int callers = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (int run = 1; run <= runs; run++) {
            Path database = Files.createTempDirectory("bella-stale-offers").resolve("bella.db");
            List<String> heard;
            try (RunningBella bella = RunningBella.start(database, Map.of("logging.level.root", "ERROR"))) {
                heard = EagerCallers.call(bella, callers, 1_000);
            }
            OfferAudit audit = OfferAudit.of(database);
            long booked = heard.stream().filter(said -> said.contains("You're booked")).count();
            System.out.printf("run %d, %d callers at once: %d of %d offers and read-backs included a slot already "
                    + "booked; %d fair races (offered free, then taken by another caller first); %d callers booked%n",
                    run, callers, audit.stale().size(), audit.offers(), audit.fairRaces().size(), booked);
        }
    }
}
