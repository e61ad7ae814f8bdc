package bella.application.understanding;

import static bella.application.understanding.NineToFive.FRIDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A caller who opens with their full name, alone between the greeting and what they want, gives it unasked: a name
 * written with capitals is a name whether or not its given name is a known one.
 */
class NamesAfterAGreetingTest {

    private final Understanding understanding = NineToFive.understanding();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hello, Siobhan Gallagher, I'd like a massage on Friday afternoon|Siobhan Gallagher",
            "Yes, good afternoon. Tomasz Wiśniewski. I need my brakes looked at on Monday.|Tomasz Wiśniewski",
            "Hey there, Nnamdi Eze, calling to book a cleaning|Nnamdi Eze"})
    void givenAFullNameBetweenTheGreetingAndThePurpose_whenRead_thenItIsTheCallersName(String said, String name) {
        assertThat(understanding.understand(said, Expectation.INTENT, FRIDAY_MORNING).name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hi, Winter tires, can I come in Monday?", "hi, oil change, can i come in monday",
            "Hello, Monday Morning, is that free?"})
    void givenWordsThatAreNotWrittenAsAName_whenRead_thenNoName(String said) {
        assertThat(understanding.understand(said, Expectation.INTENT, FRIDAY_MORNING).name()).isNull();
    }
}
