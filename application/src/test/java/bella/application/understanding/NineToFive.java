package bella.application.understanding;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * The business that the phrasing sets, the answers heard in a call and most tests of reading hear callers for:
 * open 9 to 5 in Toronto, with Canadian numbers and no services or holidays of its own; and the two mornings they
 * are heard on.
 */
public final class NineToFive {

    public static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    /** When the phrasing sets were written for: Friday 2026-11-27. */
    public static final ZonedDateTime FRIDAY_MORNING = ZonedDateTime.of(2026, 11, 27, 10, 15, 0, 0, TORONTO);
    /** Tuesday 2026-03-03. */
    public static final ZonedDateTime TUESDAY_MORNING = ZonedDateTime.of(2026, 3, 3, 10, 15, 0, 0, TORONTO);

    private NineToFive() {
    }

    public static Understanding understanding() {
        return new Understanding("CA", LocalTime.of(9, 0), LocalTime.of(17, 0), List.of(), Map.of(),
                PublicHolidays.NONE);
    }
}
