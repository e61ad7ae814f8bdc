package bella.application.understanding;

import bella.domain.call.Expectation;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalTime;
import java.util.List;

import static bella.application.understanding.NineToFive.TUESDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service a caller asks for: one of the business's, by its name or a word only it has, or, when none of them,
 * what the caller asked for, so that Bella asks rather than books the first.
 */
class ServicesHeardTest {

    private static String service(List<String> services, String said) {
        return new Understanding("CA", LocalTime.of(9, 0), LocalTime.of(17, 0), services, Map.of(), PublicHolidays.NONE)
                .understand(said, Expectation.INTENT, TUESDAY_MORNING).service();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "I'd like to book an assessment tomorrow at 10|Initial assessment",
            "ASSESSMENTS, please|Initial assessment",
            "it's for the initial assessment|Initial assessment",
            "can I come in for a treatment on Friday|Treatment",
            "I need a massage on Friday at 10|massage",
            "could I book a consultation tomorrow|consultation",
            "I'd like to book an appointment tomorrow at 10|",
            "I need a time on Friday|",
            "book for an hour on Monday|"})
    void atAClinic(String said, String service) {
        assertThat(service(List.of("Initial assessment", "Treatment"), said)).isEqualTo(service);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "an assessment please|assessment",
            "the follow-up assessment|Follow-up assessment",
            "a follow-up on Monday|Follow-up assessment"})
    void aWordTwoServicesShareNamesNeither(String said, String service) {
        assertThat(service(List.of("Initial assessment", "Follow-up assessment"), said)).isEqualTo(service);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"a cut please|Cut", "a cut and colour please|Cut and colour",
            "just the colour|Cut and colour"})
    void theLongestNameSaidIsTheService(String said, String service) {
        assertThat(service(List.of("Cut", "Cut and colour"), said)).isEqualTo(service);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"I need a massage on Friday at 10", "an assessment please"})
    void aBusinessOfPlainAppointmentsTakesAnyRequestAsOne(String said) {
        assertThat(service(List.of("appointment"), said)).isNull();
        assertThat(service(List.of(), said)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"an assessment tomorrow|Initial assessment", "a massage tomorrow|massage"})
    void aSingleServiceIsReadToo(String said, String service) {
        assertThat(service(List.of("Initial assessment"), said)).isEqualTo(service);
    }
}
