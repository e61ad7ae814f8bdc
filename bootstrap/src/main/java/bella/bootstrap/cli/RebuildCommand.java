package bella.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rebuilds projections inside the running Bella, which goes on answering calls meanwhile, and shows each rebuild's
 * progress until it has read up to where the store stood when it was asked: one projection by name, or every one in
 * turn. Asking while a rebuild of the same projection runs follows that rebuild rather than starting another.
 */
final class RebuildCommand implements Command {

    /** How often the running Bella is asked how far a rebuild has come. */
    private static final Duration POLL = Duration.ofMillis(250);

    @Override
    public String name() {
        return "rebuild";
    }

    @Override
    public String arguments() {
        return "[NAME] [--url http://localhost:8080]";
    }

    @Override
    public String summary() {
        return "rebuilds a projection (without NAME, every one in turn) from the event store of the running Bella";
    }

    @Override
    public int run(List<String> args, Shell shell) {
        Arguments arguments = Arguments.parse(args, Set.of(BellaClient.URL_OPTION), usage());
        if (arguments.words().size() > 1) {
            throw CommandFailed.badArguments("one projection at most", usage());
        }
        BellaClient bella = BellaClient.of(arguments, shell.env(), usage());
        List<String> names = arguments.words().isEmpty() ? names(bella.get("/api/projections")) : arguments.words();
        for (String name : names) {
            rebuild(bella, name, shell);
        }
        return 0;
    }

    private static void rebuild(BellaClient bella, String name, Shell shell) {
        bella.post("/api/projections/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")
                + "/rebuild");
        ProgressBar bar = new ProgressBar(name, shell.clock(), shell.terminal());
        Long target = null;
        JsonNode projection = listed(bella, name);
        while (projection.path("replaying").asBoolean()) {
            // the target is known once the rebuild reads from the first event; until then there is nothing to show
            if (projection.hasNonNull("target")) {
                target = events(projection.get("target"));
                shell.out().print(bar.update(events(projection.path("position")), target));
                shell.out().flush();
            }
            pause();
            projection = listed(bella, name);
        }
        // a rebuild over before it was first looked at shows where it ended
        shell.out().print(bar.finish(target != null ? target : events(projection.path("position"))));
    }

    /**
     * How many events a position in the store stands for: positions are the events' global indexes, counted from 1
     * with none skipped but by a failed write; -1 or none before the first.
     */
    private static long events(JsonNode position) {
        return Math.max(0, position.asLong(0));
    }

    private static JsonNode listed(BellaClient bella, String name) {
        for (JsonNode projection : bella.get("/api/projections")) {
            if (projection.path("name").asText().equals(name)) {
                return projection;
            }
        }
        throw new CommandFailed("Bella no longer lists the projection " + name, CommandFailed.FAILED);
    }

    private static List<String> names(JsonNode projections) {
        List<String> names = new ArrayList<>();
        projections.forEach(projection -> names.add(projection.path("name").asText()));
        return names;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailed("interrupted; the rebuild goes on in Bella", CommandFailed.FAILED);
        }
    }
}
