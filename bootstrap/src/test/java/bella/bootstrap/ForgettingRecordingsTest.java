package bella.bootstrap;

import bella.domain.MovableClock;
import bella.domain.call.CallEvent;
import bella.domain.call.RecordingDeleted;
import bella.domain.call.RecordingDeletionFailing;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import static bella.bootstrap.Eventually.awaitThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forgetting a caller deletes their recordings at Twilio too, the message they left and the name they said again
 * after the tone: whole calls through signed webhooks, then {@code POST /api/customers/{phone}/forget}, against a
 * fake of Twilio's Recording API. A deletion Twilio refuses is tried again, shown to the owner once it keeps failing,
 * and done once Twilio takes it.
 */
@Execution(ExecutionMode.CONCURRENT)
class ForgettingRecordingsTest {

    private static final String CALLER = "+14165550192";
    private static final String MESSAGE = "RE000000000000000000000000000000a1";
    private static final String ANSWER = "RE000000000000000000000000000000b2";
    private static final String LEFT_MESSAGE = "CA00000000000000000000000000000601";
    private static final String BOOKED = "CA00000000000000000000000000000602";
    private static final String PENDING = "/api/recordings/pending";

    @TempDir
    Path data;

    private final FakeTwilioRecordings twilio = new FakeTwilioRecordings();
    private final FakeWhisper whisper = new FakeWhisper();
    private final MovableClock clock = new MovableClock(OffsetDateTime.parse(RunningBella.MONDAY_MORNING).toInstant());

    @AfterEach
    void stopFakes() {
        twilio.close();
        whisper.close();
    }

    /** A caller who left a message, then called again and said their name once more after the tone. */
    private RunningBella recordedTwice() {
        twilio.holds(MESSAGE);
        twilio.holds(ANSWER);
        whisper.hears("It's Ada Lovelace.");
        RunningBella bella = RunningBella.start(data.resolve("bella.db"), twilio.recordingWith(whisper), clock);
        TwilioCaller first = bella.caller(LEFT_MESSAGE, CALLER);
        first.dial();
        first.say("can I speak to a real person please");
        first.leaveMessage(MESSAGE, twilio.urlOf(MESSAGE), 8);
        first.hangUp(20);

        TwilioCaller second = bella.caller(BOOKED, CALLER);
        second.dial();
        second.say("I'd like to book an appointment");
        second.say("Thursday at 2 pm");
        second.say("Ada Loveless", 0.3);
        assertThat(second.sayAgain(ANSWER, twilio.urlOf(ANSWER), 2)).startsWith("So that's Ada Lovelace");
        second.press("1");
        second.hangUp(60);
        return bella;
    }

    @Test
    void forgettingACallerDeletesTheirMessageAndTheirAnswerAtTwilio() {
        twilio.deletes(MESSAGE);
        twilio.deletes(ANSWER);
        try (RunningBella bella = recordedTwice()) {
            assertThat(bella.post("/api/customers/" + CALLER + "/forget").statusCode()).isEqualTo(200);

            awaitThat(() -> deleted(bella, LEFT_MESSAGE).contains(MESSAGE) && deleted(bella, BOOKED).contains(ANSWER));
            assertThat(twilio.deletionsOf(MESSAGE)).isEqualTo(1);
            assertThat(twilio.deletionsOf(ANSWER)).isEqualTo(1);
            assertThat(bella.get(PENDING).body()).isEqualTo("[]");
        }
    }

    @Test
    void aRecordingTwilioNoLongerHoldsCountsAsDeleted() {
        twilio.deletes(ANSWER);
        try (RunningBella bella = recordedTwice()) {
            bella.post("/api/customers/" + CALLER + "/forget");

            awaitThat(() -> deleted(bella, LEFT_MESSAGE).contains(MESSAGE) && deleted(bella, BOOKED).contains(ANSWER));
            assertThat(twilio.deletionsOf(MESSAGE)).isEqualTo(1);
        }
    }

    @Test
    void aDeletionTwilioKeepsRefusingIsShownToTheOwnerAndTriedUntilItIsDone() {
        twilio.deletes(ANSWER);
        twilio.failsToDelete(MESSAGE, 500);
        try (RunningBella bella = recordedTwice()) {
            bella.post("/api/customers/" + CALLER + "/forget");
            // Twilio has answered before Bella records its answer: wait for the record, not for the request
            awaitThat(() -> bella.get(PENDING).body().contains("\"error\":\"Twilio answered"));
            assertThat(twilio.deletionsOf(MESSAGE)).isEqualTo(1);
            assertThat(bella.get(PENDING).body()).contains("\"recordingSid\":\"" + MESSAGE + "\"",
                    "\"state\":\"pending\"", "\"error\":\"Twilio answered 500 to the deletion\"");

            // each try waits for its pause on Bella's clock: moving it on lets the next one through
            awaitThat(() -> {
                clock.move(Duration.ofMinutes(5));
                return bella.get(PENDING).body().contains("\"state\":\"failing\"");
            });
            assertThat(events(bella, LEFT_MESSAGE)).filteredOn(RecordingDeletionFailing.class::isInstance)
                    .singleElement().extracting(event -> ((RecordingDeletionFailing) event).reason())
                    .isEqualTo("Twilio answered 500 to the deletion");
            assertThat(deleted(bella, LEFT_MESSAGE)).isEmpty();

            twilio.deletes(MESSAGE);
            awaitThat(() -> {
                clock.move(Duration.ofMinutes(30));
                return deleted(bella, LEFT_MESSAGE).contains(MESSAGE);
            });
            assertThat(bella.get(PENDING).body()).isEqualTo("[]");
            assertThat(events(bella, LEFT_MESSAGE)).filteredOn(RecordingDeletionFailing.class::isInstance)
                    .hasSize(1);
        }
    }

    private static List<String> deleted(RunningBella bella, String callSid) {
        return events(bella, callSid).stream().filter(RecordingDeleted.class::isInstance)
                .map(event -> ((RecordingDeleted) event).recordingSid()).toList();
    }

    private static List<CallEvent> events(RunningBella bella, String callSid) {
        return bella.bean(EventStore.class).readEvents(callSid).asStream().map(Message::getPayload)
                .map(CallEvent.class::cast).toList();
    }
}
