package bella.application.understanding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {

    final PhoneNumbers numbers = new PhoneNumbers("CA");

    @Test
    void givenE164Number_whenRead_thenItIsKept() {
        assertThat(numbers.e164("+14165550123")).contains("+14165550123");
    }

    @Test
    void givenNationalNumberInCanada_whenRead_thenCountryCodeAdded() {
        assertThat(numbers.e164("4165550123")).contains("+14165550123");
    }

    @Test
    void givenFormattedNationalNumber_whenRead_thenNormalisedToE164() {
        assertThat(numbers.e164("(416) 555-0123")).contains("+14165550123");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"anonymous", "restricted", "Anonymous", "unknown", "+266696687", "   ", "12"})
    void givenWithheldOrPlaceholderNumber_whenRead_thenNone(String from) {
        assertThat(numbers.e164(from)).isEmpty();
    }

    @Test
    void givenHundredCharacterString_whenRead_thenNone() {
        assertThat(numbers.e164("4".repeat(100))).isEmpty();
        assertThat(numbers.e164("+1416555012" + "3".repeat(89))).isEmpty();
    }
}
