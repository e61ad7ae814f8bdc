package bella.bootstrap;

import bella.application.availability.BusinessRules;
import bella.application.availability.Hours;
import bella.application.availability.OpenPeriod;
import bella.application.availability.Opening;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import java.time.LocalTime;
import java.util.List;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** BUSINESS_HOURS with several periods a day, as a clinic with a lunch break writes it. */
class SettingsWeeklyHoursTest {

    static final Opening WITH_LUNCH = new Opening(List.of(new OpenPeriod(LocalTime.of(8, 0), LocalTime.NOON),
            new OpenPeriod(LocalTime.of(13, 0), LocalTime.of(18, 0))));

    @Test
    void givenALunchBreak_whenRead_thenEachWeekdayHasBothPeriods() {
        BusinessRules rules = rules("BUSINESS_HOURS", "Mon-Fri 08:00-12:00, 13:00-18:00; Sat 10:00-14:00");

        assertThat(rules.weeklyHours()).containsExactly(
                new Hours(List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), WITH_LUNCH),
                new Hours(List.of(SATURDAY), new Opening(LocalTime.of(10, 0), LocalTime.of(14, 0))));
    }

    @Test
    void givenPeriodsWrittenLooselyAndOutOfOrder_whenRead_thenTheSame() {
        BusinessRules rules = rules("BUSINESS_HOURS", "mon-fri 13-18 ,8-12");

        assertThat(rules.openings()).hasSize(5).containsEntry(MONDAY, WITH_LUNCH).containsEntry(FRIDAY, WITH_LUNCH);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Mon-Fri 08:00-12:00, 11:00-18:00 | BUSINESS_HOURS=Mon-Fri 08:00-12:00, 11:00-18:00 is not usable: in "
                    + "'Mon-Fri 08:00-12:00, 11:00-18:00' 08:00-12:00 and 11:00-18:00 overlap; give a day's periods "
                    + "in order with a break between them",
            "Mon 08:00-12:00, 12:00-18:00     | BUSINESS_HOURS=Mon 08:00-12:00, 12:00-18:00 is not usable: in "
                    + "'Mon 08:00-12:00, 12:00-18:00' 08:00-12:00 and 12:00-18:00 touch: write them as one period; "
                    + "give a day's periods in order with a break between them",
            "Mon 08:00-12:00, 13:00           | BUSINESS_HOURS=Mon 08:00-12:00, 13:00 is not usable: days and hours "
                    + "such as Mon-Fri 08:00-12:00, 13:00-18:00; Sat 10:00-14:00 (could not read "
                    + "'Mon 08:00-12:00, 13:00')",
            "Mon 08:00-12:00, 18:00-13:00     | BUSINESS_HOURS=Mon 08:00-12:00, 18:00-13:00 is not usable: in "
                    + "'Mon 08:00-12:00, 18:00-13:00' closing (13:00) must be later than opening (18:00)",
            "Mon 08:00-12:00,                 | BUSINESS_HOURS=Mon 08:00-12:00, is not usable: days and hours such "
                    + "as Mon-Fri 08:00-12:00, 13:00-18:00; Sat 10:00-14:00 (could not read 'Mon 08:00-12:00,')"})
    void givenPeriodsThatCannotBeADay_whenRead_thenOneLineSaysWhy(String hours, String message) {
        assertThatThrownBy(() -> rules("BUSINESS_HOURS", hours))
                .isInstanceOf(BadSetting.class)
                .hasMessage(message)
                .satisfies(refusal -> assertThat(refusal.getMessage()).doesNotContain("\n"));
    }

    @Test
    void givenAServiceLongerThanEachPeriodButNotTheDay_whenRead_thenRefused() {
        assertThatThrownBy(() -> rules("BUSINESS_HOURS", "Mon-Fri 08:00-12:00, 13:00-18:00",
                "SERVICES", "Surgery=330"))
                .isInstanceOf(BadSetting.class)
                .hasMessageContaining("Surgery (330 minutes) is longer than every opening");
    }

    private static BusinessRules rules(String... settings) {
        MockEnvironment env = new MockEnvironment();
        for (int i = 0; i < settings.length; i += 2) {
            env.setProperty(settings[i], settings[i + 1]);
        }
        return Settings.from(env).rules();
    }
}
