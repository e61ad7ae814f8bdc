package bella.application.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClockPhrasesTest {

    @ParameterizedTest(name = "\"{0}\" reads as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "half past 2|2:30",
            "a quarter to 3|2:45",
            "10 past 9|9:10",
            "5 minutes to 1|12:55",
            "come at half 2|come at 2:30",
            "930|9:30",
            "11 30 ,|11:30",
            "at 1130 tomorrow|at 11:30 tomorrow",
            "930 in the morning|9:30 in the morning",
            "11 45 pm|11:45 pm",
            "at noon|at 12:00 pm",
            "before noon|before 12",
            "7 in the pm|7 pm",
            "at like 3|at 3",
            "at , 3|at 3",
            "half past one|1:30",
    })
    void givenAClockPhrase_whenRead_thenItIsOneClockTime(String said, String read) {
        assertThat(String.join(" ", ClockPhrases.GRAMMAR.read(List.of(said.split(" "))))).isEqualTo(read);
    }

    @ParameterizedTest(name = "\"{0}\" stays \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "an hour and half 2",
            "half 2 hours",
            "from 10 to 4",
            "2 after 3",
            "at 10 30 minutes",
            "at one of them",
            "0930",
            "call me on 1130 5",
    })
    void givenNumbersThatAreNoClockTime_whenRead_thenTheyAreLeftAlone(String said) {
        assertThat(String.join(" ", ClockPhrases.GRAMMAR.read(List.of(said.split(" "))))).isEqualTo(said);
    }
}
