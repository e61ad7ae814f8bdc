package bella.bootstrap;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextsWiringTest {

    private static final String SID = "AC0123456789abcdef0123456789abcdef";

    @Test
    void givenNoAccountOrNoNumber_whenStarting_thenTextsAreOff() {
        assertThat(TextsWiring.settings(new MockEnvironment())).isNull();
        assertThat(TextsWiring.settings(new MockEnvironment().withProperty("TWILIO_ACCOUNT_SID", SID))).isNull();
        assertThat(TextsWiring.settings(new MockEnvironment().withProperty("TWILIO_PHONE_NUMBER", "+16475550000")))
                .isNull();
    }

    @Test
    void givenAccountNumberAndToken_whenStarting_thenTextsGoToTwilioWithReportsToThePublicUrl() {
        var env = texts().withProperty("PUBLIC_BASE_URL", "https://bella.example/");

        var settings = TextsWiring.settings(env);

        assertThat(settings.apiBaseUrl()).isEqualTo("https://api.twilio.com");
        assertThat(settings.statusCallback()).isEqualTo(URI.create("https://bella.example/twilio/sms-status"));
        assertThat(TextsWiring.settings(texts()).statusCallback()).isNull();
        assertThat(TextsWiring.settings(texts().withProperty("TWILIO_API_BASE_URL", "http://localhost:9/"))
                .apiBaseUrl()).isEqualTo("http://localhost:9/");
    }

    @Test
    void givenAnUnusableSetting_whenStarting_thenOneLineNamesIt() {
        assertThatThrownBy(() -> TextsWiring.settings(texts().withProperty("TWILIO_ACCOUNT_SID", "ACnope")))
                .isInstanceOf(BadSetting.class).hasMessageStartingWith("TWILIO_ACCOUNT_SID=ACnope is not usable");
        assertThatThrownBy(() -> TextsWiring.settings(texts().withProperty("TWILIO_PHONE_NUMBER", "647-555-0000")))
                .isInstanceOf(BadSetting.class)
                .hasMessageStartingWith("TWILIO_PHONE_NUMBER=647-555-0000 is not usable: the business's Twilio number");
        assertThatThrownBy(() -> TextsWiring.settings(texts().withProperty("TWILIO_AUTH_TOKEN", "")))
                .isInstanceOf(BadSetting.class).hasMessageStartingWith("TWILIO_AUTH_TOKEN is not set");
    }

    @Test
    void givenReminderBefore_whenStarting_thenRemindersGoThatLongBeforeEachAppointment() {
        assertThat(TextsWiring.settings(texts()).reminderBefore()).isEqualTo(Duration.ofHours(24));
        assertThat(TextsWiring.settings(texts().withProperty("REMINDER_BEFORE", "PT2H30M")).reminderBefore())
                .isEqualTo(Duration.ofMinutes(150));
        assertThat(TextsWiring.settings(texts().withProperty("REMINDER_BEFORE", "P2D")).reminderBefore())
                .isEqualTo(Duration.ofDays(2));
    }

    @Test
    void givenAnUnusableReminderBefore_whenStarting_thenOneLineNamesIt_evenWithTextsOff() {
        for (String unusable : new String[] {"24h", "PT0S", "-PT1H", "1 day"}) {
            assertThatThrownBy(() -> TextsWiring.settings(new MockEnvironment().withProperty("REMINDER_BEFORE",
                    unusable))).isInstanceOf(BadSetting.class).hasMessage("REMINDER_BEFORE=" + unusable
                    + " is not usable: an ISO-8601 duration longer than zero, such as PT24H, PT2H30M or P2D");
        }
    }

    private static MockEnvironment texts() {
        return new MockEnvironment().withProperty("TWILIO_ACCOUNT_SID", SID)
                .withProperty("TWILIO_PHONE_NUMBER", "+16475550000")
                .withProperty("TWILIO_AUTH_TOKEN", "token");
    }
}
