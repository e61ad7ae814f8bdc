package bella.application.availability;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpeningTest {

    static final OpenPeriod MORNING = new OpenPeriod(LocalTime.of(8, 0), LocalTime.of(12, 0));
    static final OpenPeriod AFTERNOON = new OpenPeriod(LocalTime.of(13, 0), LocalTime.of(18, 0));

    @Test
    void givenPeriodsOutOfOrder_whenMade_thenKeptInTimeOrderAndTheDayRunsFromFirstToLast() {
        var opening = new Opening(List.of(AFTERNOON, MORNING));

        assertThat(opening.periods()).containsExactly(MORNING, AFTERNOON);
        assertThat(opening.opens()).isEqualTo(LocalTime.of(8, 0));
        assertThat(opening.closes()).isEqualTo(LocalTime.of(18, 0));
        assertThat(opening).isEqualTo(new Opening(List.of(MORNING, AFTERNOON)));
    }

    @Test
    void givenALunchBreak_thenAnAppointmentFitsOnlyWithinOnePeriod() {
        var opening = new Opening(List.of(MORNING, AFTERNOON));

        assertThat(opening.fits(Duration.ofHours(5))).isTrue();
        assertThat(opening.fits(Duration.ofHours(6))).isFalse();
    }

    @Test
    void givenAServiceLongerThanEachPeriodButNotTheDay_whenTheRulesAreMade_thenRefused() {
        var week = BusinessRules.sameEach(Set.of(DayOfWeek.MONDAY), new Opening(List.of(MORNING, AFTERNOON)));

        assertThatThrownBy(() -> new BusinessRules(ZoneId.of("America/Toronto"), week, Set.of(),
                List.of(new Service("Surgery", Duration.ofHours(6))), Duration.ofMinutes(30), Duration.ZERO,
                Duration.ZERO, Duration.ofDays(30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not fit in any opening");
    }

    @Test
    void givenADate_thenEachPeriodBecomesItsOwnStretchOfInstants() {
        var zone = ZoneId.of("America/Toronto");
        var day = LocalDate.of(2026, 3, 3);

        assertThat(new Opening(List.of(MORNING, AFTERNOON)).on(day, zone))
                .containsExactly(MORNING.on(day, zone), AFTERNOON.on(day, zone));
    }

    @Test
    void givenOverlappingOrTouchingPeriods_whenMade_thenRefusedSayingWhich() {
        assertThatThrownBy(() -> new Opening(List.of(MORNING, new OpenPeriod(LocalTime.of(11, 0),
                LocalTime.of(14, 0))))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("08:00-12:00 and 11:00-14:00 overlap");
        assertThatThrownBy(() -> new Opening(List.of(MORNING, new OpenPeriod(LocalTime.NOON, LocalTime.of(14, 0)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("08:00-12:00 and 12:00-14:00 touch: write them as one period");
        assertThatThrownBy(() -> new Opening(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
