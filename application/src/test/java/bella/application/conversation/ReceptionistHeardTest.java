package bella.application.conversation;

import bella.domain.call.Channel;
import bella.domain.call.Heard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReceptionistHeardTest {

    @Test
    void givenDigitsAndSpeech_whenHeard_thenKeypadWinsWithFullConfidence() {
        Heard heard = Receptionist.heard("book an appointment", 0.4, "1");

        assertThat(heard).isEqualTo(new Heard("1", 1, Channel.KEYPAD));
    }

    @Test
    void givenBlankDigits_whenSpeechHeard_thenSpeechUsed() {
        Heard heard = Receptionist.heard("book an appointment", 0.9, "  ");

        assertThat(heard).isEqualTo(new Heard("book an appointment", 0.9, Channel.SPEECH));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", "\u0000\u0007"})
    void givenNothingButBlankOrControlCharacters_whenHeard_thenSilence(String speech) {
        assertThat(Receptionist.heard(speech, 0.8, null)).isEqualTo(Heard.silence());
        assertThat(Receptionist.heard(speech, 0.8, speech)).isEqualTo(Heard.silence());
    }

    @Test
    void givenControlCharactersInSpeech_whenHeard_thenTheyAreRemoved() {
        Heard heard = Receptionist.heard("\u0000book\u0007 at\u001b3\r\n", 0.9, null);

        assertThat(heard.text()).doesNotContainPattern("\\p{Cntrl}").startsWith("book").endsWith("3");
        assertThat(heard.text().replaceAll("\\s+", " ")).isEqualTo("book at 3");
    }

    @Test
    void givenControlCharactersInDigits_whenHeard_thenTheyAreRemoved() {
        Heard heard = Receptionist.heard(null, null, "1\u0000");

        assertThat(heard).isEqualTo(new Heard("1", 1, Channel.KEYPAD));
    }

    @Test
    void givenTenThousandCharacterSpeech_whenHeard_thenCutToOneThousand() {
        Heard heard = Receptionist.heard("a".repeat(10_000), 0.9, null);

        assertThat(heard.text()).hasSize(Receptionist.LONGEST_ANSWER).hasSize(1_000);
        assertThat(heard.channel()).isEqualTo(Channel.SPEECH);
    }

    @Test
    void givenLongKeypadEntry_whenHeard_thenCutToOneThousand() {
        Heard heard = Receptionist.heard(null, null, "1".repeat(5_000));

        assertThat(heard.text()).hasSize(1_000);
    }

    @Test
    void givenEmojiAtTheCut_whenHeard_thenNoHalfCharacterRemains() {
        Heard heard = Receptionist.heard("a".repeat(999) + "\uD83D\uDE00" + "b".repeat(100), 0.9, null);

        char last = heard.text().charAt(heard.text().length() - 1);
        assertThat(Character.isHighSurrogate(last)).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1.7, 1.0", "-0.2, 0.0", "0.42, 0.42", "0, 0.0", "1, 1.0", "Infinity, 1.0", "-Infinity, 0.0",
            "NaN, 0.0"})
    void givenAnyConfidence_whenSpeechHeard_thenClampedToBetweenZeroAndOne(double confidence, double expected) {
        assertThat(Receptionist.heard("yes", confidence, null).confidence()).isEqualTo(expected);
    }

    @Test
    void givenNoConfidence_whenSpeechHeard_thenNoDoubtIsRecorded() {
        assertThat(Receptionist.heard("yes", null, null)).isEqualTo(new Heard("yes", 1, Channel.SPEECH));
    }
}
