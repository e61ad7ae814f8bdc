package bella.domain.call;

import bella.domain.call.CallFailed.Reason;
import bella.domain.call.Prompt.Kind;
import bella.domain.call.Prompt.Preface;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static bella.domain.call.CallTest.BOOKING;
import static bella.domain.call.CallTest.CALL;
import static bella.domain.call.CallTest.NOW;
import static bella.domain.call.CallTest.PHONE;
import static bella.domain.call.CallTest.STARTED;
import static bella.domain.call.CallTest.TORONTO;
import static bella.domain.call.CallTest.heard;
import static bella.domain.call.CallTest.matches;

/** A caller who asks for a person is put through when one can be reached, and otherwise may leave a message. */
class PersonOrMessageTest {

    static final RecordingDisclosed DISCLOSED = new RecordingDisclosed(CALL, NOW);
    static final IntentDetected HUMAN = new IntentDetected(CALL, "HUMAN", NOW);
    static final String RECORDING = "RE0123456789abcdef0123456789abcdef";
    static final String PATH = "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Recordings/" + RECORDING;
    static final MessageOffered OFFERED = new MessageOffered(CALL, MessageOffered.Reason.NO_ONE_AVAILABLE, NOW);
    static final MessageRecorded RECORDED = new MessageRecorded(CALL, PHONE, RECORDING, 17, PATH, NOW);

    private AggregateTestFixture<Call> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Call.class);
    }

    private static HearCaller askForAPerson(boolean personAvailable) {
        return new HearCaller(CALL, 1, new Heard("can I talk to someone", 0.9, Channel.SPEECH),
                Understood.intent(Intent.HUMAN), Availability.options(List.of()), NOW, personAvailable);
    }

    @Test
    void givenRecordingOn_whenCallStarts_thenTheGreetingDisclosesIt() {
        fixture.givenNoPriorActivity()
                .when(new StartCall(CALL, PHONE, "+16475550000", TORONTO, null, List.of(), List.of(), NOW, null,
                        true))
                .expectEvents(STARTED, DISCLOSED)
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.MENU
                        && p.preface() == Preface.WELCOME_RECORDED));
    }

    @Test
    void givenRecordingOff_whenCallStarts_thenNothingIsDisclosed() {
        fixture.givenNoPriorActivity()
                .when(new StartCall(CALL, PHONE, "+16475550000", TORONTO, null, List.of(), List.of(), NOW, null,
                        false))
                .expectEvents(STARTED)
                .expectResultMessagePayloadMatching(matches(p -> p.preface() == Preface.WELCOME));
    }

    @Test
    void givenAPersonCanBeRung_whenCallerAsksForOne_thenBellaPutsThemThrough() {
        fixture.given(STARTED, DISCLOSED)
                .when(askForAPerson(true))
                .expectEvents(heard(1, "can I talk to someone", Expectation.INTENT), HUMAN,
                        new TransferStarted(CALL, NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.TRANSFER && !p.endsCall()));
    }

    @Test
    void givenNoOneCanBeRung_whenCallerAsksForAPerson_thenBellaOffersToTakeAMessage() {
        fixture.given(STARTED, DISCLOSED)
                .when(askForAPerson(false))
                .expectEvents(heard(1, "can I talk to someone", Expectation.INTENT), HUMAN, OFFERED)
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.TAKE_MESSAGE
                        && p.preface() == Preface.NO_ONE_TO_TRANSFER_TO && !p.endsCall()));
    }

    @Test
    void givenRecordingOff_whenNoOneCanBeRung_thenNoMessageIsOfferedAndTheMenuStands() {
        fixture.given(STARTED)
                .when(askForAPerson(false))
                .expectEvents(heard(1, "can I talk to someone", Expectation.INTENT), HUMAN)
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.MENU
                        && p.preface() == Preface.NO_ONE_TO_TRANSFER_TO));
    }

    @Test
    void givenMidBooking_whenCallerAsksForAPerson_thenBellaPutsThemThrough() {
        fixture.given(STARTED, BOOKING)
                .when(new HearCaller(CALL, 2, new Heard("let me speak to a human", 0.9, Channel.SPEECH),
                        Understood.intent(Intent.HUMAN), Availability.options(List.of()), NOW, true))
                .expectEvents(heard(2, "let me speak to a human", Expectation.TIME), HUMAN,
                        new TransferStarted(CALL, NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.TRANSFER));
    }

    @Test
    void givenTransfer_whenTheOwnerAnswers_thenTheCallIsServed() {
        fixture.given(STARTED, HUMAN, new TransferStarted(CALL, NOW))
                .when(new ReportTransfer(CALL, "completed", NOW))
                .expectEvents(new TransferAnswered(CALL, NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.TRANSFERRED && p.endsCall()));
    }

    @Test
    void givenTransfer_whenNobodyAnswers_thenBellaOffersToTakeAMessage() {
        fixture.given(STARTED, DISCLOSED, HUMAN, new TransferStarted(CALL, NOW))
                .when(new ReportTransfer(CALL, "no-answer", NOW))
                .expectEvents(new TransferUnanswered(CALL, "no-answer", NOW),
                        new MessageOffered(CALL, MessageOffered.Reason.NO_ANSWER, NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.TAKE_MESSAGE
                        && p.preface() == Preface.NO_ANSWER));
    }

    @Test
    void givenRecordingOff_whenTheOwnerIsBusy_thenBellaSaysSoAndAsksWhatElse() {
        fixture.given(STARTED, HUMAN, new TransferStarted(CALL, NOW))
                .when(new ReportTransfer(CALL, "busy", NOW))
                .expectEvents(new TransferUnanswered(CALL, "busy", NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.MENU
                        && p.preface() == Preface.NO_ANSWER));
    }

    @Test
    void givenTransferReported_whenReportedAgain_thenNothingIsRecordedTwice() {
        fixture.given(STARTED, HUMAN, new TransferStarted(CALL, NOW), new TransferAnswered(CALL, NOW))
                .when(new ReportTransfer(CALL, "completed", NOW))
                .expectNoEvents();
    }

    @Test
    void givenTwoMissesWithRecordingOn_whenMissedAgain_thenTheFailedCallEndsWithTheOfferOfAMessage() {
        fixture.given(STARTED, DISCLOSED, BOOKING, new UtteranceNotUnderstood(CALL, 2, "TIME", 1, NOW),
                        new UtteranceNotUnderstood(CALL, 3, "TIME", 2, NOW), heard(3, "", Expectation.TIME))
                .when(CallTest.hear(4, "", Expectation.TIME, Understood.nothing()))
                .expectEvents(heard(4, "", Expectation.TIME), new UtteranceNotUnderstood(CALL, 4, "TIME", 3, NOW),
                        new CallFailed(CALL, Reason.NOT_UNDERSTOOD, Stage.ASK_TIME, NOW),
                        new MessageOffered(CALL, MessageOffered.Reason.NOT_UNDERSTOOD, NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.TAKE_MESSAGE
                        && p.preface() == Preface.NOT_UNDERSTOOD && !p.apology()));
    }

    @Test
    void givenMessageOffered_whenRecorded_thenItIsKeptWithTheCallersNumberAndBellaSaysGoodbye() {
        fixture.given(STARTED, DISCLOSED, HUMAN, OFFERED)
                .when(new RecordMessage(CALL, RECORDING, 17, PATH, null, NOW))
                .expectEvents(RECORDED)
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.MESSAGE_TAKEN && p.endsCall()));
    }

    @Test
    void givenMessageOffered_whenItsUrlIsNotTwilios_thenTheRefusalIsRecorded() {
        String forged = "https://attacker.example/" + "x".repeat(600);
        fixture.given(STARTED, DISCLOSED, HUMAN, OFFERED)
                .when(new RecordMessage(CALL, RECORDING, 17, null, forged, NOW))
                .expectEvents(new MessageRecorded(CALL, PHONE, RECORDING, 17, null, NOW),
                        new RecordingRefused(CALL, RECORDING, forged.substring(0, Call.LONGEST_URL), NOW));
    }

    @Test
    void givenNoMessageOffered_whenARecordingIsReported_thenNothingIsRecorded() {
        fixture.given(STARTED, DISCLOSED)
                .when(new RecordMessage(CALL, RECORDING, 17, PATH, null, NOW))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.MENU));
    }

    @Test
    void givenHangUpWhileRecording_whenTheCallEnds_thenItIsNotAFailure() {
        fixture.given(STARTED, DISCLOSED, HUMAN, OFFERED)
                .when(new EndCall(CALL, "completed", 40, NOW))
                .expectEvents(new CallEnded(CALL, "completed", 40, NOW));
    }

    @Test
    void givenMessageRecorded_whenTranscribed_thenTheTranscriptIsKeptOnce() {
        fixture.given(STARTED, DISCLOSED, HUMAN, OFFERED, RECORDED, new CallEnded(CALL, "completed", 40, NOW))
                .when(new RecordTranscript(CALL, RECORDING, "Please call me back.", NOW))
                .expectEvents(new MessageTranscribed(CALL, RECORDING, "Please call me back.", NOW));
        fixture.given(STARTED, DISCLOSED, HUMAN, OFFERED, RECORDED,
                        new MessageTranscribed(CALL, RECORDING, "Please call me back.", NOW))
                .when(new RecordTranscript(CALL, RECORDING, "Please call me back.", NOW))
                .expectNoEvents();
    }

    @Test
    void givenMessageRecorded_whenTranscriptionFails_thenTheFailureIsKeptAndALateTranscriptIgnored() {
        fixture.given(STARTED, DISCLOSED, HUMAN, OFFERED, RECORDED)
                .when(new RecordTranscriptionFailure(CALL, RECORDING, TranscriptionFailed.Reason.RECORDING_NOT_FOUND,
                        "404", NOW))
                .expectEvents(new TranscriptionFailed(CALL, RECORDING, TranscriptionFailed.Reason.RECORDING_NOT_FOUND,
                        "404", NOW));
        fixture.given(STARTED, DISCLOSED, HUMAN, OFFERED, RECORDED,
                        new TranscriptionFailed(CALL, RECORDING, TranscriptionFailed.Reason.SERVICE_FAILED, "500", NOW))
                .when(new RecordTranscript(CALL, RECORDING, "late", NOW))
                .expectNoEvents();
    }

    @Test
    void givenARefusedRecording_whenATranscriptArrives_thenNothingIsRecorded() {
        fixture.given(STARTED, DISCLOSED, HUMAN, OFFERED, new MessageRecorded(CALL, PHONE, RECORDING, 17, null, NOW),
                        new RecordingRefused(CALL, RECORDING, "https://attacker.example/x", NOW))
                .when(new RecordTranscript(CALL, "RE99999999999999999999999999999999", "other", NOW))
                .expectNoEvents();
    }
}
