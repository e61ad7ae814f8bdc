package bella.application.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CuesTest {

    @ParameterizedTest(name = "\"{1}\" says a {0} cue: {2}")
    @CsvSource(delimiter = '|', value = {
            "cancel|i need to cancel my cleaning|true",
            "cancel|we don't need the room for friday anymore|true",
            "cancel|we don't need it , but anymore|false",
            "reschedule|could you move the cleaning to my other day|true",
            "reschedule|another time please|true",
            "reschedule|come back another time|false",
            "hours|what are your hours|true",
            "hours|it takes 2 hours|false",
            "hours|you're closed on monday|false",
            "hours|when do you close|true",
            "hours|closed on mondays|false",
            "human|can i speak to you|false",
            "human|can i speak to the manager|true",
            "booked|max's grooming appointment|true",
    })
    void givenWords_whenLookedFor_thenAPhraseOfTheClassIsFoundWhereItsNeighboursAllow(String cueClass, String text,
                                                                                       boolean found) {
        assertThat(Cues.ENGLISH.in(cueClass, text)).isEqualTo(found);
    }

    /** Ends are counted in words, the end exclusive: "not correct" ends where the "correct" inside it does. */
    @ParameterizedTest(name = "\"{0}\" ends its last yes at {1} and its last no at {2}")
    @CsvSource(delimiter = '|', value = {
            "no , sorry , yes|5|1",
            "that's not correct|3|3",
            "yes , that's right|4|-1",
    })
    void givenAnswers_whenTheLastIsLookedFor_thenWhereItEnds(String text, int yes, int no) {
        assertThat(Cues.ENGLISH.lastEnd("yes", text)).isEqualTo(yes);
        assertThat(Cues.ENGLISH.lastEnd("no", text)).isEqualTo(no);
    }
}
