package bella.domain.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Maria Lopez|Marya|Marya Lopez",
            "Maria Lopez|Lopes|Maria Lopes",
            "Sarah Smith|Smyth|Sarah Smyth",
            "Ann|Anne|Anne",
            "Maria de la Cruz|Kruz|Maria de la Kruz",
    })
    void aWordReplacesThePartOfTheNameClosestToIt(String name, String word, String corrected) {
        assertThat(Names.corrected(name, word)).isEqualTo(corrected);
    }
}
