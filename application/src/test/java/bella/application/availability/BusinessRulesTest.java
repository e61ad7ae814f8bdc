package bella.application.availability;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessRulesTest {

    static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    static final Opening NINE_TO_FIVE = new Opening(LocalTime.of(9, 0), LocalTime.of(17, 0));
    static final Opening TEN_TO_TWO = new Opening(LocalTime.of(10, 0), LocalTime.of(14, 0));
    static final List<Service> HALF_HOUR = List.of(new Service("appointment", Duration.ofMinutes(30)));
    static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);

    @Test
    void givenWeekdaysAndSaturday_whenWeeklyHoursAsked_thenTwoRunsInWeekOrder() {
        BusinessRules rules = rules(week(), HALF_HOUR, Duration.ofMinutes(30), Duration.ZERO, Duration.ZERO);

        assertThat(rules.weeklyHours()).containsExactly(
                new Hours(List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), NINE_TO_FIVE),
                new Hours(List.of(SATURDAY), TEN_TO_TWO));
        assertThat(rules.weeklyHours().get(0).consecutive()).isTrue();
    }

    @Test
    void givenScatteredDaysSharingHours_whenWeeklyHoursAsked_thenTheyAreGroupedTogether() {
        Map<DayOfWeek, Opening> week = new EnumMap<>(Map.of(MONDAY, NINE_TO_FIVE, TUESDAY, TEN_TO_TWO,
                WEDNESDAY, NINE_TO_FIVE));

        List<Hours> hours = rules(week, HALF_HOUR, Duration.ofMinutes(30), Duration.ZERO, Duration.ZERO).weeklyHours();

        assertThat(hours).containsExactly(new Hours(List.of(MONDAY, WEDNESDAY), NINE_TO_FIVE),
                new Hours(List.of(TUESDAY), TEN_TO_TWO));
        assertThat(hours.get(0).consecutive()).isFalse();
    }

    @Test
    void givenClosedDate_whenOpeningAsked_thenClosedThatDateOnly() {
        BusinessRules rules = new BusinessRules(TORONTO, week(), Set.of(CHRISTMAS), HALF_HOUR,
                Duration.ofMinutes(30), Duration.ZERO, Duration.ZERO, Duration.ofDays(400));

        assertThat(rules.openingOn(CHRISTMAS)).isEmpty();
        assertThat(rules.isOpenOn(CHRISTMAS)).isFalse();
        assertThat(rules.isOpenOn(CHRISTMAS.getDayOfWeek())).isTrue();
        assertThat(rules.openingOn(CHRISTMAS.minusDays(1))).contains(NINE_TO_FIVE);
        assertThat(rules.openingOn(LocalDate.of(2026, 12, 26))).contains(TEN_TO_TWO);
        assertThat(rules.openingOn(LocalDate.of(2026, 12, 27))).isEmpty();
    }

    @Test
    void givenSeveralServices_whenAsked_thenTheFirstIsTheDefaultAndNamesIgnoreCase() {
        List<Service> services = List.of(new Service("Cleaning", Duration.ofMinutes(60)),
                new Service("Checkup", Duration.ofMinutes(30)));
        BusinessRules rules = rules(week(), services, Duration.ofMinutes(30), Duration.ZERO, Duration.ZERO);

        assertThat(rules.defaultService().name()).isEqualTo("Cleaning");
        assertThat(rules.appointment()).isEqualTo(Duration.ofMinutes(60));
        assertThat(rules.service("checkup")).contains(services.get(1));
        assertThat(rules.service("filling")).isEmpty();
    }

    @Test
    void givenSimpleForm_whenBuilt_thenSameHoursEachDayAndOneServiceSteppingByItsLength() {
        BusinessRules rules = new BusinessRules(TORONTO, EnumSet.range(MONDAY, FRIDAY), LocalTime.of(9, 0),
                LocalTime.of(17, 0), Duration.ofMinutes(45), Duration.ofDays(30));

        assertThat(rules.openDays()).containsExactly(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
        assertThat(rules.opens()).isEqualTo(LocalTime.of(9, 0));
        assertThat(rules.closes()).isEqualTo(LocalTime.of(17, 0));
        assertThat(rules.services()).containsExactly(new Service(BusinessRules.APPOINTMENT, Duration.ofMinutes(45)));
        assertThat(rules.granularity()).isEqualTo(Duration.ofMinutes(45));
        assertThat(rules.buffer()).isZero();
        assertThat(rules.minimumNotice()).isZero();
        assertThat(rules.closedDates()).isEmpty();
    }

    @Test
    void givenDifferentHoursPerDay_whenSummarised_thenEarliestOpeningAndLatestClosing() {
        Map<DayOfWeek, Opening> week = new EnumMap<>(Map.of(MONDAY, new Opening(LocalTime.of(11, 0),
                LocalTime.of(19, 0)), SATURDAY, new Opening(LocalTime.of(8, 0), LocalTime.of(12, 0))));

        BusinessRules rules = rules(week, HALF_HOUR, Duration.ofMinutes(30), Duration.ZERO, Duration.ZERO);

        assertThat(rules.opens()).isEqualTo(LocalTime.of(8, 0));
        assertThat(rules.closes()).isEqualTo(LocalTime.of(19, 0));
    }

    @Test
    void givenCloseBeforeOpen_whenOpeningMade_thenRejected() {
        assertThatThrownBy(() -> new Opening(LocalTime.of(17, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("close after it opens");
    }

    @Test
    void givenServiceLongerThanEveryOpening_whenRulesMade_thenRejected() {
        List<Service> services = List.of(new Service("Surgery", Duration.ofHours(9)));

        assertThatThrownBy(() -> rules(week(), services, Duration.ofMinutes(30), Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Surgery");
    }

    @Test
    void givenServiceFittingOnlyWeekdays_whenRulesMade_thenAccepted() {
        List<Service> services = List.of(new Service("Long visit", Duration.ofHours(6)));

        assertThat(rules(week(), services, Duration.ofMinutes(30), Duration.ZERO, Duration.ZERO).appointment())
                .isEqualTo(Duration.ofHours(6));
    }

    @Test
    void givenInvalidRules_whenMade_thenEachIsRejected() {
        Duration half = Duration.ofMinutes(30);
        assertThatThrownBy(() -> rules(Map.of(), HALF_HOUR, half, Duration.ZERO, Duration.ZERO))
                .hasMessageContaining("at least one weekday");
        assertThatThrownBy(() -> rules(week(), List.of(), half, Duration.ZERO, Duration.ZERO))
                .hasMessageContaining("at least one service");
        assertThatThrownBy(() -> rules(week(), List.of(new Service("A", half), new Service("a", half)), half,
                Duration.ZERO, Duration.ZERO)).hasMessageContaining("twice");
        assertThatThrownBy(() -> rules(week(), HALF_HOUR, Duration.ZERO, Duration.ZERO, Duration.ZERO))
                .hasMessageContaining("granularity");
        assertThatThrownBy(() -> rules(week(), HALF_HOUR, half, Duration.ofMinutes(-5), Duration.ZERO))
                .hasMessageContaining("buffer");
        assertThatThrownBy(() -> rules(week(), HALF_HOUR, half, Duration.ZERO, Duration.ofMinutes(-1)))
                .hasMessageContaining("notice");
        assertThatThrownBy(() -> rules(week(), HALF_HOUR, half, Duration.ZERO, Duration.ofDays(30)))
                .hasMessageContaining("shorter than the booking horizon");
        assertThatThrownBy(() -> new Service(" ", half)).hasMessageContaining("name");
        assertThatThrownBy(() -> new Service("Checkup", Duration.ZERO)).hasMessageContaining("Checkup");
        assertThatThrownBy(() -> new BusinessRules(TORONTO, Set.of(MONDAY), LocalTime.of(9, 0),
                LocalTime.of(17, 0), half, Duration.ZERO)).hasMessageContaining("horizon");
    }

    static Map<DayOfWeek, Opening> week() {
        Map<DayOfWeek, Opening> week = new EnumMap<>(BusinessRules.sameEach(EnumSet.range(MONDAY, FRIDAY),
                NINE_TO_FIVE));
        week.put(SATURDAY, TEN_TO_TWO);
        return week;
    }

    static BusinessRules rules(Map<DayOfWeek, Opening> week, List<Service> services, Duration granularity,
                               Duration buffer, Duration notice) {
        return new BusinessRules(TORONTO, week, Set.of(), services, granularity, buffer, notice, Duration.ofDays(30));
    }
}
