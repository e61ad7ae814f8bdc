package bella.bootstrap;

import bella.application.availability.BusinessRules;
import bella.application.availability.Hours;
import bella.application.availability.Opening;
import bella.application.availability.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.env.MockEnvironment;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class SettingsTest {

    static final Opening NINE_TO_FIVE = new Opening(LocalTime.of(9, 0), LocalTime.of(17, 0));
    static final Opening TEN_TO_TWO = new Opening(LocalTime.of(10, 0), LocalTime.of(14, 0));

    @Test
    void givenNothingSet_whenRead_thenTheOriginalServicesDefaultsAndAnHoursNotice() {
        BusinessRules rules = Settings.from(new MockEnvironment()).rules();

        assertThat(rules.zone()).isEqualTo(ZoneId.of("America/Toronto"));
        assertThat(rules.weeklyHours()).containsExactly(
                new Hours(List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), NINE_TO_FIVE));
        assertThat(rules.closedDates()).isEmpty();
        assertThat(rules.services()).containsExactly(new Service("appointment", Duration.ofMinutes(30)));
        assertThat(rules.granularity()).isEqualTo(Duration.ofMinutes(30));
        assertThat(rules.buffer()).isZero();
        assertThat(rules.minimumNotice()).isEqualTo(Duration.ofMinutes(60));
        assertThat(rules.horizon()).isEqualTo(Duration.ofDays(90));
    }

    @Test
    void givenSimpleForm_whenRead_thenSameHoursOnEachOpenDayAndSlotsStepByTheAppointment() {
        BusinessRules rules = Settings.from(env(
                "BUSINESS_HOURS_START", "8", "BUSINESS_HOURS_END", "16:30", "BUSINESS_OPEN_DAYS", "MON,WED",
                "APPOINTMENT_DURATION", "45")).rules();

        Opening eightToHalfFour = new Opening(LocalTime.of(8, 0), LocalTime.of(16, 30));
        assertThat(rules.weeklyHours()).containsExactly(new Hours(List.of(MONDAY, WEDNESDAY), eightToHalfFour));
        assertThat(rules.appointment()).isEqualTo(Duration.ofMinutes(45));
        assertThat(rules.granularity()).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void givenWeeklyForm_whenRead_thenEachRangeHasItsOwnHours() {
        BusinessRules rules = Settings.from(env("BUSINESS_HOURS", "Mon-Fri 09:00-17:00; Sat 10:00-14:00")).rules();

        assertThat(rules.openings()).hasSize(6)
                .containsEntry(MONDAY, NINE_TO_FIVE).containsEntry(FRIDAY, NINE_TO_FIVE)
                .containsEntry(SATURDAY, TEN_TO_TWO).doesNotContainKey(DayOfWeek.SUNDAY);
    }

    @Test
    void givenWeeklyFormWrittenLoosely_whenRead_thenUnderstood() {
        BusinessRules rules = Settings.from(env("BUSINESS_HOURS",
                " monday - wednesday 9-17 ;thu,FRI 9:00 - 17:00;saturday 10-14; ")).rules();

        assertThat(rules.weeklyHours()).containsExactly(
                new Hours(List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), NINE_TO_FIVE),
                new Hours(List.of(SATURDAY), TEN_TO_TWO));
    }

    @Test
    void givenBothForms_whenRead_thenTheWeeklyFormWins() {
        BusinessRules rules = Settings.from(env("BUSINESS_HOURS", "Sat 10:00-14:00",
                "BUSINESS_HOURS_START", "7", "BUSINESS_HOURS_END", "20", "BUSINESS_OPEN_DAYS", "MON-SUN")).rules();

        assertThat(rules.openings()).containsOnlyKeys(SATURDAY).containsEntry(SATURDAY, TEN_TO_TWO);
    }

    @Test
    void givenClosedDates_whenRead_thenClosedOnThem() {
        BusinessRules rules = Settings.from(env("BUSINESS_CLOSED_DATES", "2026-12-25, 2026-12-26,")).rules();

        assertThat(rules.closedDates()).containsExactlyInAnyOrder(LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 26));
        assertThat(rules.isOpenOn(LocalDate.of(2026, 12, 25))).isFalse();
    }

    @Test
    void givenServices_whenRead_thenInOrderWithTheFirstAsDefaultAndSlotsStillSteppingByAppointmentDuration() {
        BusinessRules rules = Settings.from(env("SERVICES", "Cleaning=60, Deep clean = 90,,Checkup=30,")).rules();

        assertThat(rules.services()).containsExactly(new Service("Cleaning", Duration.ofMinutes(60)),
                new Service("Deep clean", Duration.ofMinutes(90)), new Service("Checkup", Duration.ofMinutes(30)));
        assertThat(rules.appointment()).isEqualTo(Duration.ofMinutes(60));
        assertThat(rules.granularity()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void givenSpacingRules_whenRead_thenApplied() {
        BusinessRules rules = Settings.from(env("SLOT_GRANULARITY", "15", "APPOINTMENT_BUFFER", "10",
                "MINIMUM_NOTICE", "0", "BOOKING_HORIZON_DAYS", "14")).rules();

        assertThat(rules.granularity()).isEqualTo(Duration.ofMinutes(15));
        assertThat(rules.buffer()).isEqualTo(Duration.ofMinutes(10));
        assertThat(rules.minimumNotice()).isZero();
        assertThat(rules.horizon()).isEqualTo(Duration.ofDays(14));
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                arguments("BUSINESS_HOURS", new String[]{"BUSINESS_HOURS", "Mon-Fri 17:00-09:00"}),
                arguments("BUSINESS_HOURS", new String[]{"BUSINESS_HOURS", "Sat 10:00-10:00"}),
                arguments("BUSINESS_HOURS", new String[]{"BUSINESS_HOURS", "Mon-Fri 9-17; Fri 10-14"}),
                arguments("BUSINESS_HOURS", new String[]{"BUSINESS_HOURS", "Mon-Sun 9-17; Sat-Mon 10-14"}),
                arguments("BUSINESS_HOURS", new String[]{"BUSINESS_HOURS", "Mo-Fr 9-17"}),
                arguments("BUSINESS_HOURS", new String[]{"BUSINESS_HOURS", "Funday 9-17"}),
                arguments("BUSINESS_HOURS", new String[]{"BUSINESS_HOURS", "Mon-Fri"}),
                arguments("BUSINESS_HOURS", new String[]{"BUSINESS_HOURS", "9-17"}),
                arguments("BUSINESS_HOURS", new String[]{"BUSINESS_HOURS", "Mon-Fri 9-17-18"}),
                arguments("BUSINESS_HOURS", new String[]{"BUSINESS_HOURS", "Mon-Fri 9:00-25:00"}),
                arguments("BUSINESS_HOURS", new String[]{"BUSINESS_HOURS", " ; ;"}),
                arguments("BUSINESS_HOURS_END", new String[]{"BUSINESS_HOURS_START", "17", "BUSINESS_HOURS_END", "9"}),
                arguments("BUSINESS_HOURS_START", new String[]{"BUSINESS_HOURS_START", "nine"}),
                arguments("BUSINESS_OPEN_DAYS", new String[]{"BUSINESS_OPEN_DAYS", "MON-SOMEDAY"}),
                arguments("BUSINESS_OPEN_DAYS", new String[]{"BUSINESS_OPEN_DAYS", ""}),
                arguments("BUSINESS_CLOSED_DATES", new String[]{"BUSINESS_CLOSED_DATES", "2026-13-01"}),
                arguments("BUSINESS_CLOSED_DATES", new String[]{"BUSINESS_CLOSED_DATES", "2026-12-25,Boxing Day"}),
                arguments("SERVICES", new String[]{"SERVICES", "Cleaning"}),
                arguments("SERVICES", new String[]{"SERVICES", " , "}),
                arguments("SERVICES", new String[]{"SERVICES", "=30"}),
                arguments("SERVICES", new String[]{"SERVICES", "Cleaning=0"}),
                arguments("SERVICES", new String[]{"SERVICES", "Cleaning=-30"}),
                arguments("SERVICES", new String[]{"SERVICES", "Cleaning=an hour"}),
                arguments("SERVICES", new String[]{"SERVICES", "Cleaning=60, cleaning=30"}),
                arguments("SERVICES", new String[]{"SERVICES", "Cleaning=60; Checkup=30"}),
                arguments("SERVICES", new String[]{"SERVICES", "Surgery=600"}),
                arguments("SERVICES", new String[]{"BUSINESS_HOURS", "Mon 9-12; Sat 10-14", "SERVICES", "Cleaning=300"}),
                arguments("APPOINTMENT_DURATION", new String[]{"APPOINTMENT_DURATION", "600"}),
                arguments("APPOINTMENT_DURATION", new String[]{"APPOINTMENT_DURATION", "0"}),
                arguments("APPOINTMENT_DURATION", new String[]{"BUSINESS_HOURS", "Sat 10-14", "APPOINTMENT_DURATION",
                        "300"}),
                arguments("SLOT_GRANULARITY", new String[]{"SLOT_GRANULARITY", "0"}),
                arguments("SLOT_GRANULARITY", new String[]{"SLOT_GRANULARITY", "-15"}),
                arguments("SLOT_GRANULARITY", new String[]{"SLOT_GRANULARITY", "quarter"}),
                arguments("APPOINTMENT_BUFFER", new String[]{"APPOINTMENT_BUFFER", "-5"}),
                arguments("MINIMUM_NOTICE", new String[]{"MINIMUM_NOTICE", "-1"}),
                arguments("MINIMUM_NOTICE", new String[]{"MINIMUM_NOTICE", "2880", "BOOKING_HORIZON_DAYS", "2"}),
                arguments("BOOKING_HORIZON_DAYS", new String[]{"BOOKING_HORIZON_DAYS", "0"}),
                arguments("BUSINESS_TIMEZONE", new String[]{"BUSINESS_TIMEZONE", "Mars/Olympus"}));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("badSettings")
    void givenBadValue_whenRead_thenStartUpStopsWithOneLineNamingTheSetting(String named, String[] properties) {
        assertThatThrownBy(() -> Settings.from(env(properties)))
                .isInstanceOf(BadSetting.class)
                .hasMessageStartingWith(named + "=")
                .hasMessageNotContaining("\n");
    }

    @Test
    void givenCloseBeforeOpen_whenRead_thenTheMessageSaysWhichRangeAndWhy() {
        assertThatThrownBy(() -> Settings.from(env("BUSINESS_HOURS", "Mon-Fri 9-17; Sat 14:00-10:00")))
                .hasMessage("BUSINESS_HOURS=Mon-Fri 9-17; Sat 14:00-10:00 is not usable: in 'Sat 14:00-10:00' "
                        + "closing (10:00) must be later than opening (14:00)");
    }

    @Test
    void givenUnknownWeekday_whenRead_thenTheMessageNamesIt() {
        assertThatThrownBy(() -> Settings.from(env("BUSINESS_HOURS", "Mon-Fri 9-17; Satur 10-14; Sonday 10-12")))
                .hasMessageContaining("'Sonday' is not a weekday");
    }

    @Test
    void givenOverlappingRanges_whenRead_thenTheMessageNamesTheDay() {
        assertThatThrownBy(() -> Settings.from(env("BUSINESS_HOURS", "Mon-Fri 9-17; Fri 10-14")))
                .hasMessageContaining("Friday is in two ranges");
    }

    static MockEnvironment env(String... namesAndValues) {
        MockEnvironment env = new MockEnvironment();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            env.setProperty(namesAndValues[i], namesAndValues[i + 1]);
        }
        return env;
    }
}
