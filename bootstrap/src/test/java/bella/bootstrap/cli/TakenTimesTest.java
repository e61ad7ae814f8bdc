package bella.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A time lost after it was offered is a stale offer when another call had booked it first, else a fair race. */
class TakenTimesTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aTimeBookedBeforeItWasOfferedIsStaleAndOneBookedAfterIsAFairRace() throws Exception {
        OfferTimeline booker = OfferTimeline.of(json.readTree("""
                [{"type":"SlotAccepted","timestamp":"2026-03-09T14:00:01Z","payload":{"start":"2026-03-10T15:00:00Z"}},
                 {"type":"BookingCompleted","timestamp":"2026-03-09T14:00:02Z","payload":{}},
                 {"type":"BookingReadBack","timestamp":"2026-03-09T14:00:05Z","payload":{"start":"2026-03-10T16:00:00Z"}},
                 {"type":"BookingChanged","timestamp":"2026-03-09T14:00:06Z","payload":{"change":"RESCHEDULED"}}]
                """));
        OfferTimeline offeredLate = lost("2026-03-10T15:00:00Z", "2026-03-09T14:00:03Z");
        OfferTimeline offeredEarly = lost("2026-03-10T16:00:00Z", "2026-03-09T14:00:04Z");
        OfferTimeline lostToNobodyHere = lost("2026-03-10T17:00:00Z", "2026-03-09T14:00:04Z");

        assertThat(TakenTimes.of(Map.of("booker", booker, "late", offeredLate, "early", offeredEarly,
                "elsewhere", lostToNobodyHere))).isEqualTo(new TakenTimes(1, 1, 1));
    }

    @Test
    void aTimeOfferedThenKeptIsNotCounted() throws Exception {
        OfferTimeline kept = OfferTimeline.of(json.readTree("""
                [{"type":"SlotsOffered","timestamp":"2026-03-09T14:00:01Z","payload":{"starts":["2026-03-10T15:00:00Z"]}},
                 {"type":"SlotUnavailable","timestamp":"2026-03-09T14:00:02Z",
                  "payload":{"start":"2026-03-10T18:00:00Z","reason":"TAKEN"}}]
                """));

        assertThat(kept.lost()).isEmpty();
    }

    /** A call offered the time at {@code offeredAt}, then told it is taken. */
    private OfferTimeline lost(String start, String offeredAt) throws Exception {
        return OfferTimeline.of(json.readTree("""
                [{"type":"SlotsOffered","timestamp":"%s","payload":{"starts":["%s"]}},
                 {"type":"SlotUnavailable","timestamp":"2026-03-09T14:00:09Z","payload":{"start":"%s","reason":"TAKEN"}}]
                """.formatted(offeredAt, start, start)));
    }
}
