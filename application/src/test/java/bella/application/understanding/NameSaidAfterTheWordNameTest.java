package bella.application.understanding;

import static bella.application.understanding.NineToFive.FRIDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import org.junit.jupiter.api.Test;

/** "Name" opening a clause, as on a form, introduces the caller's name, wherever in the turn it comes. */
class NameSaidAfterTheWordNameTest {

    private final Understanding understanding = NineToFive.understanding();

    private String name(String said, Expectation expecting) {
        return understanding.understand(said, expecting, FRIDAY_MORNING).name();
    }

    @Test
    void givenNameSaidLastInACancellation_whenRead_thenTheName() {
        assertThat(name("I want to cancel my Tuesday cleaning. Name Oksana Petrenko.", Expectation.INTENT))
                .isEqualTo("Oksana Petrenko");
    }

    @Test
    void givenNameOpeningTheAnswer_whenAskedForIt_thenTheWordNameIsNoPartOfIt() {
        assertThat(name("name Oksana Petrenko", Expectation.NAME)).isEqualTo("Oksana Petrenko");
    }

    @Test
    void givenAQuestionAboutAName_whenRead_thenNoName() {
        assertThat(name("what's the name of the street you're on", Expectation.INTENT)).isNull();
    }
}
