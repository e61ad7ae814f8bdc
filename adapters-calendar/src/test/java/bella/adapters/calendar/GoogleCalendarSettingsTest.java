package bella.adapters.calendar;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoogleCalendarSettingsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Test
    void givenNoBounds_thenTwoSecondTimeoutAndOneMinuteCache() {
        var settings = new GoogleCalendarSettings("/etc/key.json", "owner@example.com", " ", " ", ZONE, "", null, null);

        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.cacheFor()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.businessEmail()).isNull();
        assertThat(settings.rootUrl()).isNull();
    }

    @Test
    void givenNonsense_thenRefusedAtConstruction() {
        assertThatThrownBy(() -> new GoogleCalendarSettings(" ", "c", null, null, ZONE, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GoogleCalendarSettings("k", null, null, null, ZONE, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GoogleCalendarSettings("k", "c", null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new GoogleCalendarSettings("k", "c", null, null, ZONE, null, Duration.ZERO, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GoogleCalendarSettings("k", "c", null, null, ZONE, null, null,
                Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GoogleCalendarSettings("k", "c", null, "owner", ZONE, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Workspace user");
    }

    @Test
    void theBusinessIsInvitedOnlyWhenTheServiceAccountActsForAUser() {
        assertThat(new GoogleCalendarSettings("k", "c", "desk@salon.example", null, ZONE, null, null, null)
                .attendee()).isEmpty();
        assertThat(new GoogleCalendarSettings("k", "c", "desk@salon.example", " owner@salon.example ", ZONE, null,
                null, null).attendee()).contains("desk@salon.example");
        assertThat(new GoogleCalendarSettings("k", "c", null, "owner@salon.example", ZONE, null, null, null)
                .attendee()).isEmpty();
    }

    @Test
    void givenAMissingKeyFile_whenBuilt_thenFailsAtOnce() {
        var settings = new GoogleCalendarSettings("/nonexistent/key.json", "c", null, null, ZONE, null, null, null);

        assertThatThrownBy(() -> GoogleCalendar.from(settings, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("service account key");
    }

    @Test
    void eventIdsAreStableBase32HexOfValidLength() {
        var id = GoogleCalendar.eventId("appointment-2025-03-10T09:00Z");

        assertThat(id).isEqualTo(GoogleCalendar.eventId("appointment-2025-03-10T09:00Z"))
                .isNotEqualTo(GoogleCalendar.eventId("appointment-2025-03-10T10:00Z"))
                .matches("[0-9a-v]{5,1024}")
                .hasSize(64);
    }
}
