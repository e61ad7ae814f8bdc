package bella.bootstrap;

import bella.application.understanding.PublicHolidays;
import org.junit.jupiter.api.Test;

import static bella.bootstrap.SettingsTest.env;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** BUSINESS_HOLIDAYS names whose public holidays callers may name as days; by default the phone region's. */
class HolidaySettingsTest {

    @Test
    void givenNothingSet_whenRead_thenTheHolidaysOfThePhoneRegionsCountry() {
        assertThat(Settings.from(env()).holidays()).isNotSameAs(PublicHolidays.NONE);
    }

    @Test
    void givenAPhoneRegionWithNoCalendar_whenRead_thenNoHolidaysAndBellaStarts() {
        assertThat(Settings.from(env("BUSINESS_PHONE_REGION", "ZZ")).holidays()).isSameAs(PublicHolidays.NONE);
    }

    @Test
    void givenAProvince_whenRead_thenTaken() {
        assertThat(Settings.from(env("BUSINESS_HOLIDAYS", "ca-on")).holidays()).isNotSameAs(PublicHolidays.NONE);
    }

    @Test
    void givenACalendarNoOneKeeps_whenRead_thenOneLineNamingTheSetting() {
        assertThatThrownBy(() -> Settings.from(env("BUSINESS_HOLIDAYS", "CA-Toronto")))
                .isInstanceOf(BadSetting.class)
                .hasMessageStartingWith("BUSINESS_HOLIDAYS=CA-Toronto is not usable: a country, or a country and its "
                        + "province or state, such as CA or CA-ON (no holiday calendar for TORONTO in CA; it has AB,");
    }
}
