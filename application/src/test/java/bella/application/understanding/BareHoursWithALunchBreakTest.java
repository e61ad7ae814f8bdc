package bella.application.understanding;

import bella.application.availability.BusinessRules;
import bella.application.availability.OpenPeriod;
import bella.application.availability.Opening;
import bella.application.availability.Service;
import bella.domain.call.Expectation;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clinic open 08:00 to 12:00 and 13:00 to 18:00: a bare hour is still read inside its day, as Bella's wiring
 * builds understanding from the rules' first opening and last closing.
 */
class BareHoursWithALunchBreakTest {

    static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    static final BusinessRules CLINIC = new BusinessRules(TORONTO, BusinessRules.sameEach(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), new Opening(List.of(
                    new OpenPeriod(LocalTime.of(8, 0), LocalTime.NOON),
                    new OpenPeriod(LocalTime.of(13, 0), LocalTime.of(18, 0))))),
            Set.of(), List.of(new Service("Initial assessment", Duration.ofMinutes(45))), Duration.ofMinutes(15),
            Duration.ZERO, Duration.ZERO, Duration.ofDays(60));
    static final ZonedDateTime MONDAY_MORNING = ZonedDateTime.of(2026, 3, 2, 9, 10, 0, 0, TORONTO);

    private final Understanding understanding = new Understanding("CA", CLINIC.opens(), CLINIC.closes(), List.of(),
            Map.of(), PublicHolidays.NONE);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "tomorrow at 1       | 13:00",
            "tomorrow at 1:30    | 13:30",
            "tomorrow at 5       | 17:00",
            "tomorrow at 8       | 08:00",
            "tomorrow at 11      | 11:00",
            "tomorrow at 12:30   | 12:30",
            "tomorrow at half 2  | 14:30"})
    void givenABareHour_whenSaid_thenReadInsideTheDaysHours(String said, LocalTime meant) {
        var understood = understanding.understand(said, Expectation.TIME, MONDAY_MORNING);

        assertThat(understood.start().atZone(TORONTO).toLocalTime()).isEqualTo(meant);
    }
}
