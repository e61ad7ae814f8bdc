package bella.application.replay;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonTest {

    private static final Step GREETING = new Step(0, null, "Thank you for calling.");
    private static final Step BOOK = new Step(1, "I'd like to book", "What day and time would suit you?");
    private static final Step THURSDAY = new Step(2, "Thursday at 2", "May I have your name, please?");

    @Test
    void givenTheSameSteps_thenThereIsNoDifference() {
        assertThat(Comparison.of(List.of(GREETING, BOOK, THURSDAY), List.of(GREETING, BOOK, THURSDAY))
                .firstDifference()).isNull();
    }

    @Test
    void givenOtherWordsAtAStep_thenThatStepIsTheFirstDifference() {
        Step closed = new Step(2, "Thursday at 2", "We're closed that day. What day and time would suit you?");
        assertThat(Comparison.of(List.of(GREETING, BOOK, THURSDAY), List.of(GREETING, BOOK, closed))
                .firstDifference()).isEqualTo(2);
    }

    @Test
    void givenARerunThatEndsSooner_thenTheFirstStepItLacksIsTheFirstDifference() {
        assertThat(Comparison.of(List.of(GREETING, BOOK, THURSDAY), List.of(GREETING, BOOK)).firstDifference())
                .isEqualTo(2);
        assertThat(Comparison.of(List.of(GREETING), List.of(GREETING, BOOK)).firstDifference()).isEqualTo(1);
    }
}
