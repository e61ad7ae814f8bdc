package bella.bootstrap.cli;

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
        Latencies floor = new Latencies();
        TwilioWebhooks refused = new TwilioWebhooks(http, base, null, elapsed -> { });
        try {
            refused.refusal();
        } catch (WebhookFailed unreachable) {
            throw unreachable.asCommandFailed();
        }
        out.printf(Locale.ROOT, "%d calls, %d at once, %s, %s, at %s%n", plan.calls(), plan.concurrency(),
                plan.think().isZero() ? "no think time" : "thinking " + plan.think().toMillis() + " ms before each"
                        + " answer", plan.callers(), base);
        out.flush();
        String runId = String.format("%08x", ThreadLocalRandom.current().nextInt());
        Latencies webhooks = new Latencies();
        TwilioWebhooks twilio = new TwilioWebhooks(http, base, authToken, webhooks::add);
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        Map<String, String> firstFailure = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        inParallel(plan.calls(), plan.concurrency(), n -> {
            SimulatedCall call = new SimulatedCall(twilio, callSid(runId, n), phone(n), clock);
            try {
                new Conversation(call, thinking(plan.caller().apply(n), plan.think()), null, false).play();
            } catch (WebhookFailed failed) {
                count(failures, firstFailure, failed.kind().label, failed.getMessage());
            } catch (CommandFailed offScript) {
                count(failures, firstFailure, OFF_SCRIPT, offScript.getMessage());
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        TwilioWebhooks floorRequests = new TwilioWebhooks(http, base, null, floor::add);
        inParallel(webhooks.count(), plan.concurrency(), n -> {
            try {
                floorRequests.refusal();
            } catch (WebhookFailed failed) {
                count(failures, firstFailure, FLOOR_FAILED, failed.getMessage());
            }
        });
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        Map<String, Integer> reasons = new ConcurrentHashMap<>();
        AtomicInteger offeredThenTaken = new AtomicInteger();
        AtomicReference<String> unknown = new AtomicReference<>();
        inParallel(plan.calls(), plan.concurrency(), n -> outcome(callSid(runId, n), unknown).ifPresentOrElse(outcome -> {
            outcomes.merge(outcome.outcome(), 1, Integer::sum);
            if (outcome.reason() != null) {
                reasons.merge(outcome.reason(), 1, Integer::sum);
            }
            if (outcome.offeredThenTaken()) {
                offeredThenTaken.incrementAndGet();
            }
        }, () -> outcomes.merge("unknown", 1, Integer::sum)));

        out.printf(Locale.ROOT, "calls:     %d in %.1f s, %.1f calls/s; %d webhooks, %.1f webhooks/s%n",
                plan.calls(), seconds, plan.calls() / seconds, webhooks.count(), webhooks.count() / seconds);
        out.println("webhooks:  " + webhooks.summary());
        out.println("floor:     " + floor.summary() + " (" + floor.count() + " unsigned GET /twilio/voice, refused"
                + " before any work, " + plan.concurrency() + " at once)");
        out.printf(Locale.ROOT, "ratio:     p50 %.1f, p95 %.1f, p99 %.1f (webhooks to floor)%n",
                ratio(webhooks, floor, 50), ratio(webhooks, floor, 95), ratio(webhooks, floor, 99));
        List<String> failed = new ArrayList<>(List.of(
                failures.getOrDefault(WebhookFailed.Kind.ERROR.label, 0) + " " + WebhookFailed.Kind.ERROR.label,
                failures.getOrDefault(WebhookFailed.Kind.TIMED_OUT.label, 0) + " " + WebhookFailed.Kind.TIMED_OUT.label));
        new TreeMap<>(failures).forEach((label, count) -> {
            if (!label.equals(WebhookFailed.Kind.ERROR.label) && !label.equals(WebhookFailed.Kind.TIMED_OUT.label)) {
                failed.add(count + " " + label);
            }
        });
        out.println("failures:  " + String.join(", ", failed));
        new TreeMap<>(firstFailure).forEach((label, reason) -> out.println("  first " + label + ": " + reason));
        out.println("outcomes:  " + counts(outcomes, List.of("booked", "moved", "cancelled", "answered", "failed",
                "unknown")) + (reasons.isEmpty() ? "" : " (" + String.join(", ", new TreeMap<>(reasons).entrySet()
                .stream().map(e -> e.getKey() + " " + e.getValue()).toList()) + ")")
                + "; " + offeredThenTaken.get() + " offered a time then found it taken");
        Optional.ofNullable(unknown.get()).ifPresent(reason -> out.println("  unknown: " + reason));
        return failures.isEmpty() ? 0 : CommandFailed.FAILED;
    }

    /** The call's outcome from its events; empty when the owner's API cannot tell. */
    private Optional<CallOutcome> outcome(String callSid, AtomicReference<String> unknown) {
        try {
            return Optional.of(CallOutcome.of(owner.get("/api/calls/" + callSid + "/events")));
        } catch (CommandFailed unanswered) {
            unknown.compareAndSet(null, unanswered.getMessage());
            return Optional.empty();
        }
    }

    private static void count(Map<String, Integer> failures, Map<String, String> first, String kind, String reason) {
        failures.merge(kind, 1, Integer::sum);
        first.putIfAbsent(kind, reason);
    }

    private static String counts(Map<String, Integer> counted, List<String> names) {
        List<String> shown = new ArrayList<>();
        for (String name : names) {
            if (counted.containsKey(name) || !name.equals("unknown")) {
                shown.add(name + " " + counted.getOrDefault(name, 0));
            }
        }
        return String.join(", ", shown);
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
