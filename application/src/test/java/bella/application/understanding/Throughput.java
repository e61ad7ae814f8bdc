package bella.application.understanding;

import bella.domain.call.Expectation;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** Prints how many utterances a second one thread understands; run by hand, not a test. */
public final class Throughput {

    private static final List<String> UTTERANCES = List.of("next tuesday at 2 pm", "tomorrow afternoon",
            "the 12th at noon", "half past two", "i'd like to book an appointment for friday at 3:30",
            "my name is john smith", "six four seven two zero nine one two three four", "yes", "the second one",
            "can i speak to someone", "what are your hours", "I would like to make the appointment for 1:30 in the "
                    + "afternoon on the 14th of March", "um", "i need to cancel my appointment on monday");

    public static void main(String[] args) {
        Understanding understanding = new Understanding("CA", LocalTime.of(9, 0), LocalTime.of(17, 0));
        ZonedDateTime now = ZonedDateTime.of(2026, 3, 3, 10, 15, 0, 0, ZoneId.of("America/Toronto"));
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        for (int warm = 0; warm < 300; warm++) {
            UTTERANCES.forEach(u -> understanding.understand(u, Expectation.INTENT, now));
        }
        long started = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            UTTERANCES.forEach(u -> understanding.understand(u, Expectation.INTENT, now));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long count = (long) rounds * UTTERANCES.size();
        System.out.printf("%d utterances in %.2f s: %.0f utterances/second%n", count, seconds, count / seconds);
    }
}
