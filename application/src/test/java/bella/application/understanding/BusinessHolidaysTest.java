package bella.application.understanding;

import bella.domain.call.Expectation;
import bella.domain.call.Understood;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static bella.application.understanding.NineToFive.TUESDAY_MORNING;
import static bella.application.understanding.NineToFive.TORONTO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Holidays are the business's: in Ontario Thanksgiving is in October and Canada Day is a day; a business that keeps
 * no calendar reads the days callers name anywhere, as before.
 */
class BusinessHolidaysTest {

    private static LocalDate day(String calendar, String said) {
        PublicHolidays holidays = calendar == null ? PublicHolidays.NONE : PublicHolidays.of(calendar);
        Understood understood = new Understanding("CA", LocalTime.of(9, 0), LocalTime.of(17, 0), List.of(), Map.of(),
                holidays).understand(said, Expectation.TIME, TUESDAY_MORNING);
        return understood.start() == null ? null : understood.start().atZone(TORONTO).toLocalDate();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "CA-ON|can I come in on thanksgiving at 10|2026-10-12",
            "CA-ON|the day after thanksgiving|2026-10-13",
            "CA-ON|thanksgiving day at 2|2026-10-12",
            "CA-ON|canada day|2026-07-01",
            "CA-ON|the day after boxing day|2026-12-27",
            "CA-ON|victoria day at noon|2026-05-18",
            "CA-ON|civic holiday|2026-08-03",
            "CA-ON|family day next year|2027-02-15",
            "CA-ON|new year's eve|2026-12-31",
            "CA-ON|christmas eve at 10|2026-12-24",
            "CA|on thanksgiving|2026-10-12",
            "CA|canada day|2026-07-01",
            "US|on thanksgiving|2026-11-26",
            "US|juneteenth day|2026-06-19",
            "US|the fourth of july|2026-07-04",
            "|on thanksgiving|2026-11-26",
            "|canada day|"})
    void aHolidayIsTheBusinesssDay(String calendar, String said, String day) {
        assertThat(day(calendar, said)).isEqualTo(day == null ? null : LocalDate.parse(day));
    }

    @Test
    void aWordThatNamesAHolidayOnlyWithDayStaysAWord() {
        // "Civic" alone is a car at a garage, unless it follows a word that asks for a day.
        assertThat(day("CA-ON", "my civic needs winter tires on monday")).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void aCalendarTheLibraryDoesNotKeepIsRefusedNamingWhatItHas() {
        assertThatThrownBy(() -> PublicHolidays.of("CA-QQ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no holiday calendar for QQ in CA; it has AB, BC, MB,");
        assertThatThrownBy(() -> PublicHolidays.of("ZZ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no holiday calendar for the country ZZ");
    }
}
