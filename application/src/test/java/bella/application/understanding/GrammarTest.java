package bella.application.understanding;

import static bella.application.understanding.Grammar.Item.is;
import static bella.application.understanding.Grammar.Item.maybe;
import static org.assertj.core.api.Assertions.assertThat;

import bella.application.understanding.Grammar.Production;
import bella.application.understanding.Grammar.Reading;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GrammarTest {

    private static final List<Production<Void, String>> RULES = List.of(
            Production.of("next <weekday>", (m, none) -> "next", is("next"), is("friday")),
            Production.of("next week <weekday>", (m, none) -> "next week", is("next"), is("week"), maybe("on"),
                    is("friday")),
            Production.of("declines", (m, none) -> null, is("next"), is("week"), is("on"), is("friday"), is("please")));

    private static Optional<Reading<String>> best(String text) {
        return Grammar.best(RULES, List.of(text.split(" ")), null);
    }

    @Test
    void givenOverlappingReadings_whenRead_thenTheOneFromMostWordsWinsWhateverTheOrderOfRules() {
        Optional<Reading<String>> read = best("can i come next week on friday please");

        assertThat(read).map(Reading::value).contains("next week");
        assertThat(read).map(Reading::from).contains(3);
        assertThat(read).map(Reading::to).contains(7);
    }

    @Test
    void givenOnlyAProductionThatDeclines_whenRead_thenNothing() {
        assertThat(best("next month")).isEmpty();
    }
}
