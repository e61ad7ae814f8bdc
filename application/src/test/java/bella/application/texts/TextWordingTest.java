package bella.application.texts;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class TextWordingTest {

    private static final TextWording WORDING = new TextWording("Maple Dental",
            ZoneId.of("America/Toronto"));
    /** 9:30 in Toronto on Saturday 31 October 2026, the day before the clocks go back. */
    private static final Instant SATURDAY = Instant.parse("2026-10-31T13:30:00Z");
    /** 9:30 in Toronto on Monday 2 November 2026, after the clocks went back. */
    private static final Instant MONDAY = Instant.parse("2026-11-02T14:30:00Z");

    @Test
    void aBookingNamesTheBusinessServiceAndLocalTimeAndHowToChangeIt() {
        assertThat(WORDING.booked("Cleaning", SATURDAY)).isEqualTo("Maple Dental: your Cleaning appointment is "
                + "booked for Saturday, October 31, 2026 at 9:30 AM. To change or cancel it, call this number.");
    }

    @Test
    void aMoveNamesBothTimesInTheBusinessZoneAcrossAClockChange() {
        assertThat(WORDING.moved(null, SATURDAY, MONDAY)).isEqualTo("Maple Dental: your appointment has moved from "
                + "Saturday, October 31, 2026 at 9:30 AM to Monday, November 2, 2026 at 9:30 AM. To change or "
                + "cancel it, call this number.");
    }

    @Test
    void aCancellationSaysHowToBookAgain() {
        assertThat(WORDING.cancelled(" ", MONDAY)).isEqualTo("Maple Dental: your appointment on Monday, November 2, "
                + "2026 at 9:30 AM is cancelled. To book again, call this number.");
    }

    @Test
    void aReminderNamesTheServiceAndTimeAndHowToChangeIt() {
        assertThat(WORDING.reminder("Cleaning", MONDAY)).isEqualTo("Maple Dental: a reminder of your Cleaning "
                + "appointment on Monday, November 2, 2026 at 9:30 AM. To change or cancel it, call this number.");
    }
}
