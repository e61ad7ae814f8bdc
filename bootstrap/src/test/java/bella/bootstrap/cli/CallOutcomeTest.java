package bella.bootstrap.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A call's outcome as its events, in the owner's API's form, tell it. */
class CallOutcomeTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aBookingAfterAnOfferedTimeWasTakenIsBookedAndCountsTheTakenOffer() throws Exception {
        CallOutcome outcome = CallOutcome.of(json.readTree("""
                [{"type":"CallStarted","payload":{}},
                 {"type":"SlotsOffered","payload":{"starts":["2026-03-05T14:00:00Z","2026-03-05T14:30:00Z"]}},
                 {"type":"SlotAccepted","payload":{"start":"2026-03-05T14:00:00Z"}},
                 {"type":"SlotUnavailable","payload":{"start":"2026-03-05T14:00:00Z","reason":"TAKEN"}},
                 {"type":"SlotAccepted","payload":{"start":"2026-03-05T14:30:00Z"}},
                 {"type":"BookingCompleted","payload":{}},
                 {"type":"CallEnded","payload":{}}]"""));

        assertThat(outcome).isEqualTo(new CallOutcome("booked", null, true));
        assertThat(outcome).hasToString("booked");
    }

    @Test
    void aTimeAskedForThatIsTakenWasNeverOffered() throws Exception {
        CallOutcome outcome = CallOutcome.of(json.readTree("""
                [{"type":"SlotUnavailable","payload":{"start":"2026-03-05T14:00:00Z","reason":"TAKEN"}},
                 {"type":"SlotsOffered","payload":{"starts":["2026-03-05T14:30:00Z"]}},
                 {"type":"SlotUnavailable","payload":{"start":"2026-03-05T14:30:00Z","reason":"CLOSED_DAY"}},
                 {"type":"CallFailed","payload":{"reason":"HUNG_UP","stage":"OFFER"}}]"""));

        assertThat(outcome).isEqualTo(new CallOutcome("failed", "hung_up at offer", false));
        assertThat(outcome).hasToString("failed (hung_up at offer)");
    }

    @Test
    void changesAreMovesOrCancellationsAndAnythingElseIsAnswered() throws Exception {
        assertThat(CallOutcome.of(json.readTree("[{\"type\":\"BookingChanged\",\"payload\":{\"change\":"
                + "\"CANCELLED\"}}]")).outcome()).isEqualTo("cancelled");
        assertThat(CallOutcome.of(json.readTree("[{\"type\":\"BookingChanged\",\"payload\":{\"change\":"
                + "\"RESCHEDULED\"}}]")).outcome()).isEqualTo("moved");
        assertThat(CallOutcome.of(json.readTree("[{\"type\":\"HoursGiven\",\"payload\":{}}]")).outcome())
                .isEqualTo("answered");
    }
}
