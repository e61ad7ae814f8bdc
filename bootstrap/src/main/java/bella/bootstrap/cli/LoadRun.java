package bella.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Many simulated calls at once, each a whole call from ring to status callback, {@code concurrency} callers at a
 * time, each pausing {@code think} before every answer. Then, at the same concurrency and as many times, the floor:
 * a request Bella refuses before any work. Then each call's outcome from its events. Prints the figures.
 */
final class LoadRun {

    private static final String OFF_SCRIPT = "calls off script";
    private static final String FLOOR_FAILED = "floor requests unanswered";

    private final HttpClient http;
    private final URI base;
    private final String authToken;
    private final Clock clock;
    private final BellaClient owner;

    LoadRun(HttpClient http, URI base, String authToken, Clock clock, BellaClient owner) {
        this.http = http;
        this.base = base;
        this.authToken = authToken;
        this.clock = clock;
        this.owner = owner;
    }

    /** What was placed: how many calls, how many at once, the pause before each answer, and who calls. */
    record Plan(int calls, int concurrency, Duration think, String callers, IntFunction<Caller> caller) {
    }

    /** @return 0 when every webhook was answered with TwiML in time and every script went as written, else 1 */
    int run(Plan plan, PrintStream out) {
        try {
            new TwilioWebhooks(http, base, null, elapsed -> { }).refusal();
        } catch (WebhookFailed unreachable) {
            throw unreachable.asCommandFailed();
        }
        out.printf(Locale.ROOT, "%d calls, %d at once, %s, %s, at %s%n", plan.calls(), plan.concurrency(),
                plan.think().isZero() ? "no think time" : "thinking " + plan.think().toMillis() + " ms before each"
                        + " answer", plan.callers(), base);
        out.flush();
        String runId = String.format("%08x", ThreadLocalRandom.current().nextInt());
        Failures failures = new Failures();
        Latencies webhooks = new Latencies();
        long started = System.nanoTime();
        placeCalls(plan, runId, webhooks, failures);
        double seconds = (System.nanoTime() - started) / 1e9;
        Latencies floor = new Latencies();
        TwilioWebhooks refused = new TwilioWebhooks(http, base, null, floor::add);
        inParallel(webhooks.count(), plan.concurrency(), n -> {
            try {
                refused.refusal();
            } catch (WebhookFailed failed) {
                failures.count(FLOOR_FAILED, failed.getMessage());
            }
        });
        Outcomes outcomes = new Outcomes();
        inParallel(plan.calls(), plan.concurrency(), n -> outcomes.count(callSid(runId, n)));

        out.printf(Locale.ROOT, "calls:     %d in %.1f s, %.1f calls/s; %d webhooks, %.1f webhooks/s%n",
                plan.calls(), seconds, plan.calls() / seconds, webhooks.count(), webhooks.count() / seconds);
        out.println("webhooks:  " + webhooks.summary());
        out.println("floor:     " + floor.summary() + " (" + floor.count() + " unsigned GET /twilio/voice, refused"
                + " before any work, " + plan.concurrency() + " at once)");
        out.printf(Locale.ROOT, "ratio:     p50 %.1f, p95 %.1f, p99 %.1f (webhooks to floor)%n",
                ratio(webhooks, floor, 50), ratio(webhooks, floor, 95), ratio(webhooks, floor, 99));
        failures.print(out);
        outcomes.print(out);
        return failures.none() ? 0 : CommandFailed.FAILED;
    }

    /** Each call whole, {@code concurrency} at a time; a call that breaks is counted and ends there, as on Twilio. */
    private void placeCalls(Plan plan, String runId, Latencies webhooks, Failures failures) {
        TwilioWebhooks twilio = new TwilioWebhooks(http, base, authToken, webhooks::add);
        inParallel(plan.calls(), plan.concurrency(), n -> {
            SimulatedCall call = new SimulatedCall(twilio, callSid(runId, n), phone(n), clock);
            try {
                new Conversation(call, thinking(plan.caller().apply(n), plan.think()), null, false).play();
            } catch (WebhookFailed failed) {
                failures.count(failed.kind().label, failed.getMessage());
            } catch (CommandFailed offScript) {
                failures.count(OFF_SCRIPT, offScript.getMessage());
            }
        });
    }

    /** Failed webhooks and calls by kind, and the first reason of each kind. */
    private static final class Failures {

        private static final List<String> ALWAYS_SHOWN = List.of(WebhookFailed.Kind.ERROR.label,
                WebhookFailed.Kind.TIMED_OUT.label);

        private final Map<String, Integer> counts = new ConcurrentHashMap<>();
        private final Map<String, String> first = new ConcurrentHashMap<>();

        void count(String kind, String reason) {
            counts.merge(kind, 1, Integer::sum);
            first.putIfAbsent(kind, reason);
        }

        boolean none() {
            return counts.isEmpty();
        }

        void print(PrintStream out) {
            List<String> shown = new ArrayList<>();
            ALWAYS_SHOWN.forEach(kind -> shown.add(counts.getOrDefault(kind, 0) + " " + kind));
            new TreeMap<>(counts).forEach((kind, count) -> {
                if (!ALWAYS_SHOWN.contains(kind)) {
                    shown.add(count + " " + kind);
                }
            });
            out.println("failures:  " + String.join(", ", shown));
            new TreeMap<>(first).forEach((kind, reason) -> out.println("  first " + kind + ": " + reason));
        }
    }

    /** How the calls ended, from each one's events through the owner's API. */
    private final class Outcomes {

        private static final List<String> NAMES = List.of("booked", "moved", "cancelled", "answered", "failed");

        private final Map<String, Integer> counts = new ConcurrentHashMap<>();
        private final Map<String, Integer> reasons = new ConcurrentHashMap<>();
        private final AtomicInteger offeredThenTaken = new AtomicInteger();
        private final Map<String, OfferTimeline> timelines = new ConcurrentHashMap<>();
        private final AtomicInteger unknown = new AtomicInteger();
        private final AtomicReference<String> whyUnknown = new AtomicReference<>();

        void count(String callSid) {
            CallOutcome outcome;
            try {
                JsonNode events = owner.get("/api/calls/" + callSid + "/events");
                outcome = CallOutcome.of(events);
                timelines.put(callSid, OfferTimeline.of(events));
            } catch (CommandFailed unanswered) {
                unknown.incrementAndGet();
                whyUnknown.compareAndSet(null, unanswered.getMessage());
                return;
            }
            counts.merge(outcome.outcome(), 1, Integer::sum);
            if (outcome.reason() != null) {
                reasons.merge(outcome.reason(), 1, Integer::sum);
            }
            if (outcome.offeredThenTaken()) {
                offeredThenTaken.incrementAndGet();
            }
        }

        void print(PrintStream out) {
            List<String> shown = new ArrayList<>();
            NAMES.forEach(name -> shown.add(name + " " + counts.getOrDefault(name, 0)));
            if (unknown.get() > 0) {
                shown.add("unknown " + unknown.get());
            }
            List<String> why = new TreeMap<>(reasons).entrySet().stream()
                    .map(reason -> reason.getKey() + " " + reason.getValue()).toList();
            out.println("outcomes:  " + String.join(", ", shown) + (why.isEmpty() ? "" : " (" + String.join(", ", why)
                    + ")") + "; " + offeredThenTaken.get() + " offered a time then found it taken");
            out.println("taken:     " + TakenTimes.of(timelines));
            Optional.ofNullable(whyUnknown.get()).ifPresent(reason -> out.println("  unknown: " + reason));
        }
    }

    private static double ratio(Latencies webhooks, Latencies floor, double p) {
        double below = floor.percentile(p);
        return below == 0 ? 0 : webhooks.percentile(p) / below;
    }

    /** Runs {@code task} for 0 to {@code count - 1} on {@code threads} threads, each taking the next number. */
    private static void inParallel(int count, int threads, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                        task.accept(n);
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailed("interrupted", CommandFailed.FAILED);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a simulated caller failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A Twilio call sid ({@code CA} and 32 hex digits), unique to this run. */
    private static String callSid(String runId, int n) {
        return String.format("CA%s%024x", runId, n);
    }

    static String phone(int n) {
        return String.format("+1416555%04d", n % 10_000);
    }

    /** The caller, pausing before each answer as a person takes time to speak. */
    private static Caller thinking(Caller caller, Duration think) {
        if (think.isZero()) {
            return caller;
        }
        return new Caller() {
            @Override
            public Optional<CallerAnswer> answer(BellaSays said) {
                try {
                    Thread.sleep(think.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
                return caller.answer(said);
            }

            @Override
            public void ended(BellaSays last) {
                caller.ended(last);
            }
        };
    }
}
