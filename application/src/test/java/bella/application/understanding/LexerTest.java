package bella.application.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexerTest {

    @ParameterizedTest(name = "\"{0}\" reads as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "ummm at uhh three|at 3",
            "mm-hmm|yes",
            "twenty-five past two|25 past 2",
            "twelve-oh-three|12:03",
            "two zero five|2:05",
            "double four seven|4 4 7",
            "come in mornings|come in morning",
            "tonite please|tonight please",
            "good morning , i need a cleaning|hello , i need a cleaning",
    })
    void givenSpokenWords_whenRead_thenLexiconRowsAndNumbersApply(String said, String read) {
        assertThat(String.join(" ", Lexer.words(said))).isEqualTo(read);
    }

    @ParameterizedTest(name = "\"{0}\" reads as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "tuesday at tree thirty|tuesday at 3:30",
            "at too|at 2",
            "friday at ate , please|friday at 8 , please",
            "levin o'clock|11 o'clock",
            "the fist one|the 1st one",
            "know , thanks|no , thanks",
            "half passed two|half past 2",
    })
    void givenAMisHeardWord_whenItsStructureIsThere_thenTheWordMeantIsRead(String said, String read) {
        assertThat(String.join(" ", Lexer.words(said))).isEqualTo(read);
    }

    @ParameterizedTest(name = "\"{0}\" keeps its words")
    @CsvSource(delimiter = '|', value = {
            "a table for thirty people|a table for 30 people",
            "i want to go|i want to go",
            "too late|too late",
            "i ate there|i ate there",
    })
    void givenAMisHeardWordOutsideItsStructure_whenRead_thenItKeepsItsOwnReading(String said, String read) {
        assertThat(String.join(" ", Lexer.words(said))).isEqualTo(read);
    }
}
