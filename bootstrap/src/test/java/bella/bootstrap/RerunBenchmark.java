package bella.bootstrap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import static bella.bootstrap.CallLatencyBenchmark.SPOKEN;

/**
 * Times the re-run of a call of six answers (greeting and six steps) through the owner's API: one placed near the
 * start of the store, whose re-run reads little of it, and one placed after many booking calls, whose re-run reads
 * the whole store for the bookings as they stood.
 * Run: {@code ./mvnw -q -pl bootstrap test-compile exec:java -Dexec.mainClass=bella.bootstrap.RerunBenchmark
 * -Dexec.classpathScope=test [-Dexec.args="bookings reruns"]}
 */
public final class RerunBenchmark {

    public static void main(String[] args) throws Exception {
        int bookings = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int reruns = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path dir = Files.createTempDirectory("bella-bench");
        try (RunningBella bella = RunningBella.start(dir.resolve("bella.db"), Map.of("logging.level.root", "ERROR"))) {
            List<LocalDateTime> slots = CallLatencyBenchmark.slots(bookings + 2);
            String early = sixAnswers(bella, 0, slots.get(0));
            for (int n = 2; n < bookings; n++) {
                LocalDateTime slot = slots.get(n);
                CallLatencyBenchmark.book(bella.caller(CallLatencyBenchmark.callSid(n),
                        CallLatencyBenchmark.phone(n)), slot, Supplier::get);
            }
            String late = sixAnswers(bella, bookings, slots.get(bookings));
            String head = bella.get("/api/projections").body().replaceAll(".*?\"head\":(\\d+).*", "$1");
            System.out.printf("store of %s events, %d booking calls%n", head, bookings);
            time(bella, "6-answer call near the start of the store", early, reruns);
            time(bella, "6-answer call at the end of the store", late, reruns);
        }
    }

    /**
     * Call {@code n} books the first slot; call {@code n + 1} asks for it too, hears it is taken, asks for anything
     * later, takes the first, gives a name and confirms. Returns the second call's sid.
     */
    private static String sixAnswers(RunningBella bella, int n, LocalDateTime taken) {
        CallLatencyBenchmark.book(bella.caller(CallLatencyBenchmark.callSid(n), CallLatencyBenchmark.phone(n)), taken,
                Supplier::get);
        String sid = CallLatencyBenchmark.callSid(n + 1);
        TwilioCaller caller = bella.caller(sid, CallLatencyBenchmark.phone(n + 1));
        caller.dial();
        caller.say("I'd like to book an appointment");
        caller.say(SPOKEN.format(taken).toLowerCase(Locale.ENGLISH));
        caller.say("anything later?");
        caller.say("the first one");
        caller.say("my name is Alex Martin");
        if (!caller.say("yes").contains("You're booked")) {
            throw new IllegalStateException("the six-answer call did not book: " + caller.lastSaid());
        }
        caller.hangUp(60);
        return sid;
    }

    private static void time(RunningBella bella, String label, String callSid, int reruns) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < reruns + 3; i++) {
            long start = System.nanoTime();
            var response = bella.post("/api/calls/" + callSid + "/rerun");
            double took = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200 || !response.body().endsWith("\"firstDifference\":null}")) {
                throw new IllegalStateException("re-run answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= 3) { // the first few warm the JVM up
                millis.add(took);
            }
        }
        Collections.sort(millis);
        System.out.printf("%-42s %d re-runs: median %.0f ms, min %.0f ms, max %.0f ms%n", label, reruns,
                millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1));
    }
}
