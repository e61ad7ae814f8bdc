package bella.domain.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A word said or spelled after a name of one word completes it when it is unlike it ("John", then "S M I T H", is
 * John Smith), and corrects it when it is the same name spelled otherwise.
 */
class NamesCompletedTest {

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "John|Smith|John Smith",
            "Priya|Patel|Priya Patel",
            "Anna Kovalsky|Kowalski|Anna Kowalski",
            "John Smith|Jonathan|Jonathan Smith",
            "Kathryn Jones|Kathryn|Kathryn Jones",
            "Ann|Anne|Anne",
            "Caitlin|Katelyn|Katelyn",
            "Caitlin Moore|Katelyn|Katelyn Moore",
    })
    void aWordUnlikeANameOfOneWordCompletesIt(String name, String word, String completed) {
        assertThat(Names.corrected(name, word)).isEqualTo(completed);
    }
}
