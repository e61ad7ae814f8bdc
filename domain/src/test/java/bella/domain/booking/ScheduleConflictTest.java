package bella.domain.booking;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** After a refused reservation, whether the slot itself was held or only the buffer around another stood in the way. */
class ScheduleConflictTest {

    private static final Instant TEN = Instant.parse("2026-03-04T15:00:00Z");
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    @Test
    void givenAReservation_thenOnlyAnOverlappingSlotIsHeldByAnother() {
        var schedule = new Schedule();
        schedule.on(new SlotReserved("schedule-2026-03-04", "appointment-1", TEN, TEN.plus(HALF_HOUR), TEN));

        assertThat(schedule.heldByAnother("appointment-2", Slot.of(TEN.plus(Duration.ofMinutes(15)), HALF_HOUR)))
                .isTrue();
        assertThat(schedule.heldByAnother("appointment-2", Slot.of(TEN.plus(HALF_HOUR), HALF_HOUR))).isFalse();
        assertThat(schedule.heldByAnother("appointment-1", Slot.of(TEN, HALF_HOUR))).isFalse();
    }
}
