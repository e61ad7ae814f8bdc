package bella.bootstrap;

import bella.adapters.calendar.ServiceAccountKey;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoogleCalendarWiringTest {

    private static final String KEY = ServiceAccountKey.generate().json("http://localhost:1/token");

    @Test
    void givenASubjectThatIsNoAddress_whenStarting_thenOneLineNamesIt() {
        var env = new MockEnvironment().withProperty("GOOGLE_SERVICE_ACCOUNT_JSON", KEY)
                .withProperty("GOOGLE_CALENDAR_SUBJECT", "owner");

        assertThatThrownBy(() -> new GoogleCalendarWiring().googleCalendar(env, Settings.from(env), Clock.systemUTC(), new SimpleMeterRegistry()))
                .isInstanceOf(BadSetting.class)
                .hasMessageStartingWith("GOOGLE_CALENDAR_SUBJECT=owner is not usable: the email address of the "
                        + "Google Workspace user");
    }

    @Test
    void givenAWorkspaceUserOrNone_whenStarting_thenTheCalendarIsBuilt() {
        var delegated = new MockEnvironment().withProperty("GOOGLE_SERVICE_ACCOUNT_JSON", KEY)
                .withProperty("GOOGLE_CALENDAR_SUBJECT", "owner@clinic.example")
                .withProperty("BUSINESS_EMAIL", "desk@clinic.example");
        var own = new MockEnvironment().withProperty("GOOGLE_SERVICE_ACCOUNT_JSON", KEY);

        assertThat(new GoogleCalendarWiring().googleCalendar(delegated, Settings.from(delegated), Clock.systemUTC(), new SimpleMeterRegistry())).isNotNull();
        assertThat(new GoogleCalendarWiring().googleCalendar(own, Settings.from(own), Clock.systemUTC(), new SimpleMeterRegistry())).isNotNull();
    }
}
