package bella.domain.call;

import java.time.Instant;

/**
 * A fact about one phone call. Fields are JDK types, or enums of this package stored by name whose constants are
 * only ever added, so stored calls outlive refactors of the model.
 */
public sealed interface CallEvent permits CallStarted, CallerRecognized, UtteranceHeard, UtteranceNotUnderstood,
        IntentDetected, HoursGiven, SlotRequested, SlotUnavailable, SlotsOffered, SlotAccepted, CallerNamed,
        CallerNumberGiven, BookingReadBack, BookingConfirmedByCaller, CallerDeclined, BookingCompleted, CallFailed,
        CallEnded, CallerBookingsFound, BookingChosen, CancellationConfirmedByCaller, RescheduleConfirmedByCaller,
        BookingChanged, CalendarSkipped, RequestUnclear, ServiceChosen, KeyNotOffered,
        ServiceNotOffered, MoveSuggested, NoBookingToChange, PromptVariantAssigned,
        RecordingDisclosed, TransferStarted, TransferAnswered, TransferUnanswered, MessageOffered, MessageRecorded,
        RecordingRefused, MessageTranscribed, TranscriptionFailed, AnswerDoubted, AnswerRecorded, AnswerTranscribed,
        AnswerNotTranscribed, RecordingDeleted, RecordingDeletionFailing, KeypadTookOver, CallerClosed {

    String callId();

    Instant at();
}
