package bella.domain.call;

import bella.domain.call.AnswerNotTranscribed.Reason;
import bella.domain.call.Prompt.Kind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static bella.domain.call.CallTest.BOOKING;
import static bella.domain.call.CallTest.CALL;
import static bella.domain.call.CallTest.NOW;
import static bella.domain.call.CallTest.STARTED;
import static bella.domain.call.CallTest.TORONTO;
import static bella.domain.call.CallTest.TWO_PM;
import static bella.domain.call.CallTest.TWO_THIRTY;
import static bella.domain.call.CallTest.matches;
import static bella.domain.call.CallTest.named;
import static bella.domain.call.PersonOrMessageTest.DISCLOSED;
import static bella.domain.call.PersonOrMessageTest.RECORDING;

/**
 * A name or a number heard faintly, where calls may be recorded, is asked for once more after the tone; the Call
 * records what came of its transcription and goes on with the answer it is then given, once.
 */
class AnswerHeardAgainTest {

    private static final Object[] ASKED_NAME = {STARTED, DISCLOSED, BOOKING,
            new SlotRequested(CALL, TWO_PM, null, "MINUTE", NOW), new SlotAccepted(CALL, TWO_PM, TWO_THIRTY, NOW)};
    private static final AnswerDoubted DOUBTED = new AnswerDoubted(CALL, 1, "sean o'bree", 0.31, "NAME", NOW);

    private AggregateTestFixture<Call> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Call.class);
    }

    private static HearCaller faintly(String words, double confidence) {
        return new HearCaller(CALL, 1, new Heard(words, confidence, Channel.SPEECH), named(words),
                Availability.options(List.of()), NOW, false);
    }

    private static Object[] with(Object[] events, Object... more) {
        Object[] all = new Object[events.length + more.length];
        System.arraycopy(events, 0, all, 0, events.length);
        System.arraycopy(more, 0, all, events.length, more.length);
        return all;
    }

    @Test
    void givenRecordingOn_whenANameIsHeardFaintly_thenBellaAsksForItAgainAfterTheTone() {
        fixture.given(ASKED_NAME)
                .when(faintly("sean o'bree", 0.31))
                .expectEvents(DOUBTED)
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.REPEAT_NAME && !p.endsCall()
                        && p.repeatsAnswer()));
    }

    @Test
    void givenRecordingOff_whenANameIsHeardFaintly_thenItIsTakenAsHeard() {
        fixture.given(STARTED, BOOKING, new SlotRequested(CALL, TWO_PM, null, "MINUTE", NOW),
                        new SlotAccepted(CALL, TWO_PM, TWO_THIRTY, NOW))
                .when(faintly("sean o'bree", 0.31))
                .expectEvents(new UtteranceHeard(CALL, 1, "sean o'bree", 0.31, "SPEECH", "NAME", NOW),
                        new CallerNamed(CALL, "sean o'bree", NOW),
                        new BookingReadBack(CALL, TWO_PM, TWO_THIRTY, "sean o'bree", NOW));
    }

    @Test
    void givenRecordingOn_whenANameIsHeardClearly_thenItIsTakenAsHeard() {
        fixture.given(ASKED_NAME)
                .when(faintly("Sean O'Brien", Call.DOUBT_BELOW))
                .expectEvents(new UtteranceHeard(CALL, 1, "Sean O'Brien", Call.DOUBT_BELOW, "SPEECH", "NAME", NOW),
                        new CallerNamed(CALL, "Sean O'Brien", NOW),
                        new BookingReadBack(CALL, TWO_PM, TWO_THIRTY, "Sean O'Brien", NOW));
    }

    @Test
    void givenANumberAsked_whenHeardFaintly_thenBellaAsksForTheNumberAgain() {
        fixture.given(new CallStarted(CALL, null, "+16475550000", TORONTO.getId(), List.of(), NOW), DISCLOSED,
                        BOOKING, new SlotRequested(CALL, TWO_PM, null, "MINUTE", NOW),
                        new SlotAccepted(CALL, TWO_PM, TWO_THIRTY, NOW), new CallerNamed(CALL, "Ann", NOW))
                .when(new HearCaller(CALL, 1, new Heard("four one six", 0.2, Channel.SPEECH), Understood.nothing(),
                        Availability.options(List.of()), NOW, false))
                .expectEvents(new AnswerDoubted(CALL, 1, "four one six", 0.2, "PHONE", NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.REPEAT_PHONE));
    }

    @Test
    void givenDoubted_whenTheSameAnswerIsDeliveredAgain_thenBellaStillWaitsForItAfterTheTone() {
        fixture.given(with(ASKED_NAME, DOUBTED))
                .when(faintly("sean o'bree", 0.31))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.REPEAT_NAME));
    }

    @Test
    void givenDoubted_whenTranscribed_thenTheRecordingAndItsWordsAreRecorded() {
        fixture.given(with(ASKED_NAME, DOUBTED))
                .when(new RecordRepeatedAnswer(CALL, 1, RECORDING, 3, "Seán O'Brien", true, null, null, NOW))
                .expectEvents(new AnswerRecorded(CALL, 1, RECORDING, 3, NOW),
                        new AnswerTranscribed(CALL, 1, RECORDING, "Seán O'Brien", true, NOW));
    }

    @Test
    void givenTranscribed_whenTheTranscriptIsHeard_thenTheCallGoesOnWithIt() {
        fixture.given(with(ASKED_NAME, DOUBTED, new AnswerRecorded(CALL, 1, RECORDING, 3, NOW),
                        new AnswerTranscribed(CALL, 1, RECORDING, "Seán O'Brien", true, NOW)))
                .when(new HearCaller(CALL, 1, new Heard("Seán O'Brien", 1, Channel.RECORDING),
                        named("Seán O'Brien"), Availability.options(List.of()), NOW, false))
                .expectEvents(new UtteranceHeard(CALL, 1, "Seán O'Brien", 1, "RECORDING", "NAME", NOW),
                        new CallerNamed(CALL, "Seán O'Brien", NOW),
                        new BookingReadBack(CALL, TWO_PM, TWO_THIRTY, "Seán O'Brien", NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.READ_BACK));
    }

    @Test
    void givenNotTranscribed_whenWhatWasHeardFirstIsHeard_thenItIsTakenWithoutAskingAgain() {
        fixture.given(with(ASKED_NAME, DOUBTED, new AnswerRecorded(CALL, 1, RECORDING, 3, NOW),
                        new AnswerNotTranscribed(CALL, 1, RECORDING, Reason.TOO_SLOW, "not within 4 s", NOW)))
                .when(faintly("sean o'bree", 0.31))
                .expectEvents(new UtteranceHeard(CALL, 1, "sean o'bree", 0.31, "SPEECH", "NAME", NOW),
                        new CallerNamed(CALL, "sean o'bree", NOW),
                        new BookingReadBack(CALL, TWO_PM, TWO_THIRTY, "sean o'bree", NOW));
    }

    @Test
    void givenDoubted_whenNothingWasRecorded_thenOnlyThatIsRecorded() {
        fixture.given(with(ASKED_NAME, DOUBTED))
                .when(new RecordRepeatedAnswer(CALL, 1, null, 0, null, false, Reason.NOT_RECORDED, null, NOW))
                .expectEvents(new AnswerNotTranscribed(CALL, 1, null, Reason.NOT_RECORDED, "", NOW));
    }

    @Test
    void givenSettled_whenReportedAgain_thenNothingMoreIsRecorded() {
        fixture.given(with(ASKED_NAME, DOUBTED, new AnswerRecorded(CALL, 1, RECORDING, 3, NOW),
                        new AnswerTranscribed(CALL, 1, RECORDING, "Seán O'Brien", true, NOW)))
                .when(new RecordRepeatedAnswer(CALL, 1, RECORDING, 3, "Seán O'Brien", true, null, null, NOW))
                .expectNoEvents();
    }

    @Test
    void givenNothingDoubted_whenARepeatIsReported_thenNothingIsRecorded() {
        fixture.given(ASKED_NAME)
                .when(new RecordRepeatedAnswer(CALL, 1, RECORDING, 3, "Seán O'Brien", true, null, null, NOW))
                .expectNoEvents();
    }
}
