package bella.application.understanding;

import bella.domain.call.Expectation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static bella.application.understanding.NineToFive.TUESDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service named the way callers name it: by a word the business gave for it, in another spelling, in another
 * form of the word, or written apart; and never a word that merely looks like one.
 */
class ServicesSaidLooselyTest {

    private static String service(List<String> services, Map<String, List<String>> synonyms, String said) {
        return new Understanding("CA", LocalTime.of(9, 0), LocalTime.of(17, 0), services, synonyms,
                PublicHolidays.NONE)
                .understand(said, Expectation.INTENT, TUESDAY_MORNING).service();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "it's just for a hygiene appointment|Cleaning",
            "I need a scale and polish on Friday|Cleaning",
            "a scale & polish please|Cleaning",
            "a check up|Checkup",
            "my yearly check-up|Checkup",
            "a cleaning|Cleaning"})
    void atADentistWithWordsForItsServices(String said, String service) {
        assertThat(service(List.of("Cleaning", "Checkup"),
                Map.of("Cleaning", List.of("hygiene", "scale and polish")), said)).isEqualTo(service);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "I need my winter tires put on|Winter tyres",
            "can you do the tires on Saturday|Winter tyres",
            "just an oil change|Oil change",
            "it's the colouring I want|Colour",
            "a color please|Colour",
            "a trim on Friday|Haircut",
            "my first visit|Initial assessment",
            "it's my first time, for the assessment|Initial assessment"})
    void acrossBusinessesSpelledAsCallersSpellThem(String said, String service) {
        assertThat(service(List.of("Winter tyres", "Oil change", "Colour", "Haircut", "Initial assessment"),
                Map.of("Haircut", List.of("trim"), "Initial assessment", List.of("first visit")), said))
                .isEqualTo(service);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"can I come on the first", "my first time calling", "could you check if Friday is free"})
    void aWordOfAPhraseTheBusinessGaveIsNotTheServiceAlone(String said) {
        assertThat(service(List.of("Initial assessment", "Checkup"),
                Map.of("Initial assessment", List.of("first visit"), "Checkup", List.of("check up")), said)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"I'd like to leave a message", "can I book a session", "a time on Friday please"})
    void wordsForABookingOrAMessageAreNoServiceHoweverClose(String said) {
        assertThat(service(List.of("Massage", "Facial"), Map.of(), said)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"a cut please|Cut", "a cat please|cat", "a haircut and colour|Cut and colour"})
    void shortWordsAreSaidAsWritten(String said, String service) {
        assertThat(service(List.of("Cut", "Cut and colour"), Map.of("Cut and colour", List.of("haircut and colour")),
                said)).isEqualTo(service);
    }
}
