package bella.application.understanding;

import bella.domain.call.Expectation;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalTime;
import java.util.List;

import static bella.application.understanding.NineToFive.TUESDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;

/** Whether the words refer to a booking the caller already has, which the call weighs against their bookings. */
class BookingsReferredToTest {

    private final Understanding understanding = new Understanding("CA", LocalTime.of(9, 0), LocalTime.of(17, 0),
            List.of("Cleaning", "Checkup"), Map.of(), PublicHolidays.NONE);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "can you push my Monday appointment to Friday|true",
            "I'd like to move Max's appointment on Monday to Friday at 2|true",
            "my dog has an appointment on Monday, can we do Friday instead|true",
            "can I change my cleaning on Monday to Friday at 3|true",
            "we're already booked for Monday but want Thursday|true",
            "I'd like to book an appointment on Friday|false",
            "I need a cleaning on Friday at 10|false",
            "Friday at 2 please|false"})
    void refersToABookingTheCallerHas(String said, boolean about) {
        assertThat(understanding.understand(said, Expectation.INTENT, TUESDAY_MORNING).aboutBooking()).isEqualTo(about);
    }
}
