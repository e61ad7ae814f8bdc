package bella.bootstrap;

import bella.domain.booking.AppointmentBooked;
import bella.domain.booking.SlotReserved;
import bella.domain.call.BookingCompleted;
import bella.domain.call.CallEnded;
import bella.domain.call.CallStarted;
import bella.domain.call.UtteranceHeard;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twilio delivers a webhook again when it did not hear the answer in time, or twice over a flaky network: the caller
 * must hear the same words, and the event store must hold each thing once. A whole call where every webhook arrives
 * twice, or three times, one pair of them at once.
 */
@Execution(ExecutionMode.CONCURRENT)
class RedeliveredWebhooksTest {

    private static final String CALL = "CA00000000000000000000000000000d01";

    @TempDir
    Path data;

    @Test
    void givenEveryWebhookDeliveredMoreThanOnce_thenTheSameTwimlAndEachEventOnce() throws Exception {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of())) {
            TwilioCaller caller = bella.caller(CALL, "+14165550188");
            Map<String, String> ringing = Map.of("CallStatus", "ringing", "Direction", "inbound");
            String greeting = twice(caller, "/twilio/voice", ringing);
            assertThat(caller.dial()).contains("Thank you for calling Maple Dental");
            assertThat(greeting).contains("Thank you for calling Maple Dental");

            answerTwiceThenOnceMore(caller, "I'd like to book an appointment");
            answerTwiceThenOnceMore(caller, "next Tuesday at 2 pm");
            answerTwiceThenOnceMore(caller, "my name is Ann Lee");
            // the answer that books, delivered twice at the same moment: one booking, the same words to both
            String confirming = caller.action();
            Map<String, String> yes = Map.of("SpeechResult", "yes please", "Confidence", "0.91");
            CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> caller.post(confirming, yes));
            CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> caller.post(confirming, yes));
            assertThat(first.get().statusCode()).isEqualTo(200);
            assertThat(first.get().body()).contains("You're booked").isEqualTo(second.get().body());
            assertThat(caller.say("yes please")).contains("You're booked");

            caller.hangUp(74);
            caller.hangUp(74);

            Map<Class<?>, Long> events = eventsOf(bella);
            assertThat(events.get(CallStarted.class)).isEqualTo(1);
            assertThat(events.get(UtteranceHeard.class)).as("one per turn").isEqualTo(4);
            assertThat(events.get(BookingCompleted.class)).isEqualTo(1);
            assertThat(events.get(SlotReserved.class)).isEqualTo(1);
            assertThat(events.get(AppointmentBooked.class)).isEqualTo(1);
            assertThat(events.get(CallEnded.class)).isEqualTo(1);
        }
    }

    @Test
    void givenTheCallWebhookRedeliveredAfterTheFirstAnswer_thenTheCallIsNotStartedAgain() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of())) {
            TwilioCaller caller = bella.caller("CA00000000000000000000000000000d02", "+14165550189");
            caller.dial();
            String asked = caller.say("I'd like to book an appointment");
            HttpResponse<String> late = caller.post("/twilio/voice", Map.of("CallStatus", "ringing"));

            assertThat(late.statusCode()).isEqualTo(200);
            assertThat(late.body()).contains("What day and time").doesNotContain("Thank you for calling");
            assertThat(eventsOf(bella).get(CallStarted.class)).isEqualTo(1);
            assertThat(caller.say("next Tuesday at 2 pm")).isNotEqualTo(asked).contains("your name");
        }
    }

    /** Delivers the caller's answer to the current question twice and compares, then lets the caller go on. */
    private static void answerTwiceThenOnceMore(TwilioCaller caller, String words) {
        twice(caller, caller.action(), Map.of("SpeechResult", words, "Confidence", "0.91"));
        assertThat(caller.say(words)).as("a third delivery").isNotEmpty();
    }

    private static String twice(TwilioCaller caller, String path, Map<String, String> form) {
        HttpResponse<String> first = caller.post(path, form);
        HttpResponse<String> again = caller.post(path, form);
        assertThat(first.statusCode()).as(path).isEqualTo(200);
        assertThat(again.statusCode()).as(path).isEqualTo(200);
        assertThat(again.body()).as(path).isEqualTo(first.body());
        return first.body();
    }

    private static Map<Class<?>, Long> eventsOf(RunningBella bella) {
        return bella.bean(EventStorageEngine.class).readEvents(null, false).map(EventMessage::getPayloadType)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
