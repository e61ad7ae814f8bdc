package bella.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Asks the running Bella to forget the person with a phone number: their keys destroyed, the read models written
 * without them, the database files cleared of them. Bella checks the number and says what is wrong with it.
 */
final class ForgetCommand implements Command {

    @Override
    public String name() {
        return "forget";
    }

    @Override
    public String arguments() {
        return "PHONE [--url http://localhost:8080]";
    }

    @Override
    public String summary() {
        return "forgets the person with this phone number (e.g. +14165550134): their name, number and words";
    }

    @Override
    public int run(List<String> args, Shell shell) {
        Arguments arguments = Arguments.parse(args, Set.of(BellaClient.URL_OPTION), usage());
        if (arguments.words().size() != 1) {
            throw CommandFailed.badArguments("one phone number", usage());
        }
        JsonNode forgotten = BellaClient.of(arguments, shell.env(), usage()).post("/api/customers/"
                + URLEncoder.encode(arguments.words().get(0), StandardCharsets.UTF_8).replace("+", "%20")
                + "/forget");
        shell.out().println("forgotten: named in " + forgotten.path("records").asLong() + " calls and bookings, "
                + forgotten.path("rows").asLong() + " rows of the owner's pages");
        return 0;
    }
}
