package bella.application.understanding;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * The moment and the business that the phrasing sets, and the tests of their families, read callers for: Friday
 * 2026-11-27 at 10:15 in Toronto, a business open 9 to 5 with Canadian numbers and no services or holidays of its own.
 */
final class FridayMorning {

    static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 27, 10, 15, 0, 0, TORONTO);

    private FridayMorning() {
    }

    static Understanding nineToFive() {
        return new Understanding("CA", LocalTime.of(9, 0), LocalTime.of(17, 0), List.of(), Map.of(),
                PublicHolidays.NONE);
    }
}
