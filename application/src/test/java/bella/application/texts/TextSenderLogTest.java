package bella.application.texts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What of a carrier's refusal reaches the log: the reason, never the caller's number. */
class TextSenderLogTest {

    @Test
    void aCarriersReasonIsLoggedWithoutTheNumberItNames() {
        assertThat(TextSender.withoutNumbers("The 'To' number +14165550134 is not a valid phone number."))
                .isEqualTo("The 'To' number (a number) is not a valid phone number.");
        assertThat(TextSender.withoutNumbers("Attempt to send to unsubscribed recipient (416) 555-0134"))
                .doesNotContain("555", "0134");
        assertThat(TextSender.withoutNumbers("Twilio error 21610 after 3 attempts")).isEqualTo(
                "Twilio error 21610 after 3 attempts");
    }
}
