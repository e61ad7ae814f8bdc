package bella.domain.booking;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

class ScheduleTest {

    private static final String DAY = "schedule-2026-03-03";
    private static final Instant TEN = Instant.parse("2026-03-03T15:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    private AggregateTestFixture<Schedule> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Schedule.class);
    }

    @Test
    void givenEmptyDay_whenSlotReserved_thenHeld() {
        fixture.givenNoPriorActivity()
                .when(new ReserveSlot(DAY, "a1", Slot.of(TEN, Duration.ofMinutes(30)), NOW))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(true)
                .expectEvents(new SlotReserved(DAY, "a1", TEN, TEN.plusSeconds(1800), NOW));
    }

    @Test
    void givenSlotHeld_whenSameSlotReservedForAnother_thenRefusedAndNothingRecorded() {
        fixture.given(new SlotReserved(DAY, "a1", TEN, TEN.plusSeconds(1800), NOW))
                .when(new ReserveSlot(DAY, "a2", Slot.of(TEN, Duration.ofMinutes(30)), NOW))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void givenHourLongAppointmentAtTen_whenHalfHourAtTenThirtyReserved_thenRefused() {
        fixture.given(new SlotReserved(DAY, "a1", TEN, TEN.plus(Duration.ofMinutes(60)), NOW))
                .when(new ReserveSlot(DAY, "a2", Slot.of(TEN.plus(Duration.ofMinutes(30)), Duration.ofMinutes(30)), NOW))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void givenSlotHeld_whenAdjacentSlotReserved_thenHeld() {
        Instant tenThirty = TEN.plus(Duration.ofMinutes(30));
        fixture.given(new SlotReserved(DAY, "a1", TEN, tenThirty, NOW))
                .when(new ReserveSlot(DAY, "a2", Slot.of(tenThirty, Duration.ofMinutes(30)), NOW))
                .expectResultMessagePayload(true)
                .expectEvents(new SlotReserved(DAY, "a2", tenThirty, tenThirty.plusSeconds(1800), NOW));
    }

    @Test
    void givenSlotHeld_whenSameAppointmentReservedAgain_thenNothingNew() {
        fixture.given(new SlotReserved(DAY, "a1", TEN, TEN.plusSeconds(1800), NOW))
                .when(new ReserveSlot(DAY, "a1", Slot.of(TEN, Duration.ofMinutes(30)), NOW))
                .expectResultMessagePayload(true)
                .expectNoEvents();
    }
}
