package bella.domain.call;

import static bella.domain.call.CallTest.BOOKING;
import static bella.domain.call.CallTest.CALL;
import static bella.domain.call.CallTest.HALF_HOUR;
import static bella.domain.call.CallTest.NOW;
import static bella.domain.call.CallTest.STARTED;
import static bella.domain.call.CallTest.TORONTO;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/**
 * A day of the month said alone at the read-back ("no, the 9th") is read in the month read back, not as the next
 * such day to come; a day named with its month or weekday is left as said.
 */
class DayOfTheMonthAtTheReadBackTest {

    /** Said on Tuesday, March 3rd, to the read-back of Monday, April 13th at 2. */
    private static final Instant APRIL_13TH_AT_TWO = local(2026, 4, 13, 14);

    private static Instant local(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(TORONTO).toInstant();
    }

    private static Understood day(Instant start, boolean alone) {
        return new Understood(Intent.NO, start, null, Grain.DAY, false, true, null, null, null, null, null, null,
                false, false, null, alone);
    }

    private static LocalDate inContext(Understood understood) {
        AtomicReference<Understood> read = new AtomicReference<>();
        new AggregateTestFixture<>(Call.class)
                .given(STARTED, BOOKING, new SlotRequested(CALL, APRIL_13TH_AT_TWO, null, "HOUR", NOW),
                        new SlotAccepted(CALL, APRIL_13TH_AT_TWO, APRIL_13TH_AT_TWO.plus(HALF_HOUR), NOW),
                        new CallerNamed(CALL, "Ann Lee", NOW),
                        new BookingReadBack(CALL, APRIL_13TH_AT_TWO, APRIL_13TH_AT_TWO.plus(HALF_HOUR), "Ann Lee", NOW))
                .when(new RecordBooking(CALL, "none", NOW))
                .expectState(call -> read.set(call.inContext(understood)));
        return read.get().start().atZone(TORONTO).toLocalDate();
    }

    @Test
    void givenTheReadBackOfAMonthAhead_whenTheNinthIsSaidAlone_thenTheNinthOfThatMonth() {
        assertThat(inContext(day(local(2026, 3, 9, 0), true))).isEqualTo(LocalDate.of(2026, 4, 9));
    }

    @Test
    void givenTheReadBackOfAMonthAhead_whenADayIsSaidWithItsMonth_thenThatDay() {
        assertThat(inContext(day(local(2026, 3, 9, 0), false))).isEqualTo(LocalDate.of(2026, 3, 9));
    }
}
