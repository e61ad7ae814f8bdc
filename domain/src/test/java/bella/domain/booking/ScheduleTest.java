package bella.domain.booking;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

class ScheduleTest {

    private static final String DAY = "schedule-2026-03-03";
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final Instant TEN = Instant.parse("2026-03-03T15:00:00Z");
    private static final Instant TEN_THIRTY = TEN.plus(HALF_HOUR);
    private static final Instant ELEVEN = TEN_THIRTY.plus(HALF_HOUR);
    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private static final SlotReserved A1_AT_TEN = new SlotReserved(DAY, "a1", TEN, TEN_THIRTY, NOW);

    private AggregateTestFixture<Schedule> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Schedule.class);
    }

    private static ReserveSlot reserve(String appointment, Instant start, Duration length, Duration buffer) {
        return new ReserveSlot(DAY, appointment, Slot.of(start, length), buffer, NOW);
    }

    @Test
    void givenEmptyDay_whenSlotReserved_thenHeld() {
        fixture.givenNoPriorActivity()
                .when(reserve("a1", TEN, HALF_HOUR, Duration.ZERO))
                .expectResultMessagePayload(true)
                .expectEvents(A1_AT_TEN);
    }

    @Test
    void givenSlotHeld_whenSameSlotReservedForAnother_thenRefusedAndNothingRecorded() {
        fixture.given(A1_AT_TEN)
                .when(reserve("a2", TEN, HALF_HOUR, Duration.ZERO))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void givenHourLongAppointmentAtTen_whenHalfHourAtTenThirtyReserved_thenRefused() {
        fixture.given(new SlotReserved(DAY, "a1", TEN, ELEVEN, NOW))
                .when(reserve("a2", TEN_THIRTY, HALF_HOUR, Duration.ZERO))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void givenSlotHeld_whenAdjacentSlotReserved_thenHeld() {
        fixture.given(A1_AT_TEN)
                .when(reserve("a2", TEN_THIRTY, HALF_HOUR, Duration.ZERO))
                .expectResultMessagePayload(true)
                .expectEvents(new SlotReserved(DAY, "a2", TEN_THIRTY, ELEVEN, NOW));
    }

    @Test
    void givenSlotHeldAndABuffer_whenAdjacentSlotReserved_thenRefused() {
        fixture.given(A1_AT_TEN)
                .when(reserve("a2", TEN_THIRTY, HALF_HOUR, Duration.ofMinutes(10)))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void givenSlotHeld_whenSameAppointmentReservedAgain_thenNothingNew() {
        fixture.given(A1_AT_TEN)
                .when(reserve("a1", TEN, HALF_HOUR, Duration.ZERO))
                .expectResultMessagePayload(true)
                .expectNoEvents();
    }

    @Test
    void givenSlotHeld_whenTheAppointmentReservesAnOverlappingLaterSlot_thenItMovesThere() {
        Instant tenFifteen = TEN.plus(Duration.ofMinutes(15));
        fixture.given(A1_AT_TEN)
                .when(reserve("a1", tenFifteen, HALF_HOUR, Duration.ZERO))
                .expectResultMessagePayload(true)
                .expectEvents(new SlotReleased(DAY, "a1", TEN, TEN_THIRTY, NOW),
                        new SlotReserved(DAY, "a1", tenFifteen, tenFifteen.plus(HALF_HOUR), NOW));
    }

    @Test
    void givenSlotHeld_whenReleased_thenFreeForOthers() {
        fixture.given(A1_AT_TEN, new SlotReleased(DAY, "a1", TEN, TEN_THIRTY, NOW))
                .when(reserve("a2", TEN, HALF_HOUR, Duration.ZERO))
                .expectResultMessagePayload(true)
                .expectEvents(new SlotReserved(DAY, "a2", TEN, TEN_THIRTY, NOW));
    }

    @Test
    void givenSlotHeld_whenReleased_thenSlotReleased() {
        fixture.given(A1_AT_TEN)
                .when(new ReleaseSlot(DAY, "a1", NOW))
                .expectEvents(new SlotReleased(DAY, "a1", TEN, TEN_THIRTY, NOW));
    }

    @Test
    void givenNothingHeldForTheAppointment_whenReleased_thenNothingRecorded() {
        fixture.given(A1_AT_TEN)
                .when(new ReleaseSlot(DAY, "a2", NOW))
                .expectNoEvents();
    }
}
