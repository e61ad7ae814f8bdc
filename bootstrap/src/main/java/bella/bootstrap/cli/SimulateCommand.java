package bella.bootstrap.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Calls the running Bella as Twilio would, through its signed webhooks: a person types the caller's answers, or a
 * script plays them; or many calls at once, scripted or generated, measure how long Bella keeps callers waiting.
 */
final class SimulateCommand implements Command {

    private static final String DEFAULT_FROM = "+14165550123";
    private static final String TOKEN = "--token";
    private static final String FROM = "--from";
    private static final String SCRIPT = "--script";
    private static final String CALLS = "--calls";
    private static final String CONCURRENCY = "--concurrency";
    private static final String THINK = "--think-ms";
    private static final int MOST_CALLS = 1_000_000;
    private static final int MOST_CONCURRENCY = 1_000;
    private static final int MOST_THINK_MS = 60_000;

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String arguments() {
        return "[--url http://localhost:8080] [--token TOKEN] [--from +14165550123] [--script FILE]"
                + " [--calls N [--concurrency C] [--think-ms T]]";
    }

    @Override
    public String summary() {
        return "calls the running Bella as Twilio would: type the caller's words (#1 presses 1, an empty line is"
                + " silence), or --script plays a file; --calls runs many at once and prints webhook latency beside"
                + " the floor, bookings and failures";
    }

    @Override
    public int run(List<String> args, Shell shell) {
        Arguments arguments = Arguments.parse(args, Set.of(BellaClient.URL_OPTION, TOKEN, FROM, SCRIPT, CALLS,
                CONCURRENCY, THINK), usage());
        if (!arguments.words().isEmpty()) {
            throw CommandFailed.badArguments("unexpected '" + arguments.words().get(0) + "'", usage());
        }
        BellaClient owner = BellaClient.of(arguments, shell.env(), usage());
        String token = arguments.option(TOKEN).or(() -> Optional.ofNullable(shell.env().get("TWILIO_AUTH_TOKEN")))
                .filter(value -> !value.isBlank()).orElse(null);
        Optional<Script> script = arguments.option(SCRIPT).map(file -> Script.read(Path.of(file), usage()));
        if (arguments.option(CALLS).isPresent()) {
            return many(arguments, script, token, owner, shell);
        }
        for (String manyOnly : new String[] {CONCURRENCY, THINK}) {
            if (arguments.option(manyOnly).isPresent()) {
                throw CommandFailed.badArguments(manyOnly + " goes with --calls", usage());
            }
        }
        return one(script, token, arguments.option(FROM).orElse(DEFAULT_FROM), owner, shell);
    }

    /** One call, typed or scripted, its transcript and its outcome. */
    private static int one(Optional<Script> script, String token, String from, BellaClient owner, Shell shell) {
        SimulatedCall call = new SimulatedCall(new TwilioWebhooks(TwilioWebhooks.client(), owner.base(), token,
                elapsed -> { }), callSid(shell), from, shell.clock());
        PrintStream out = shell.out();
        if (script.isEmpty()) {
            out.println("Calling Bella at " + owner.base() + " from " + from + ". Type what the caller says: words,"
                    + " # and keys (#1), or an empty line for silence; end the input (Ctrl-D) to hang up.");
        }
        String ending;
        try {
            ending = new Conversation(call, script.map(Script::caller).orElseGet(() -> typing(shell)), out,
                    script.isPresent()).play();
        } catch (WebhookFailed failed) {
            throw failed.asCommandFailed();
        }
        out.println("(" + ending + ")");
        out.println("outcome: " + outcome(owner, call.callSid()));
        return 0;
    }

    /** Many calls at once, scripted or generated, and their figures. */
    private int many(Arguments arguments, Optional<Script> script, String token, BellaClient owner, Shell shell) {
        if (arguments.option(FROM).isPresent()) {
            throw CommandFailed.badArguments(FROM + " is for one call; many calls each call from a number of their"
                    + " own", usage());
        }
        int calls = number(arguments, CALLS, 1, MOST_CALLS, 0);
        int concurrency = number(arguments, CONCURRENCY, 1, MOST_CONCURRENCY, 1);
        Duration think = Duration.ofMillis(number(arguments, THINK, 0, MOST_THINK_MS, 0));
        LoadRun.Plan plan = script.map(played -> new LoadRun.Plan(calls, concurrency, think,
                        "each playing " + arguments.option(SCRIPT).orElseThrow(), n -> played.caller()))
                .orElseGet(() -> new LoadRun.Plan(calls, concurrency, think, "generated booking callers",
                        n -> new GeneratedCaller(n, LoadRun.phone(n))));
        return new LoadRun(TwilioWebhooks.client(), owner.base(), token, shell.clock(), owner).run(plan, shell.out());
    }

    /** The person at the terminal: one line, one answer; a prompt only where someone watches. */
    private static Caller typing(Shell shell) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(shell.in(), StandardCharsets.UTF_8));
        return said -> {
            if (shell.terminal()) {
                shell.out().print("> ");
                shell.out().flush();
            }
            try {
                return Optional.ofNullable(lines.readLine()).map(CallerAnswer::typed);
            } catch (IOException unreadable) {
                return Optional.empty();
            }
        };
    }

    /** Read from the call's events; what the owner's API cannot tell is said, not fatal: the call has happened. */
    private static String outcome(BellaClient owner, String callSid) {
        try {
            return CallOutcome.of(owner.get("/api/calls/" + callSid + "/events")).toString();
        } catch (CommandFailed unanswered) {
            return "unknown: " + unanswered.getMessage();
        }
    }

    /** A sid of Twilio's form, {@code CA} and 32 hex digits, new for each call. */
    private static String callSid(Shell shell) {
        return String.format("CA%016x%016x", shell.clock().millis(), ThreadLocalRandom.current().nextLong());
    }

    private int number(Arguments arguments, String option, int least, int most, int otherwise) {
        Optional<String> given = arguments.option(option);
        if (given.isEmpty()) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(given.get().strip());
            if (value >= least && value <= most) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw CommandFailed.badArguments(option + " must be a whole number from " + least + " to " + most,
                usage());
    }
}
