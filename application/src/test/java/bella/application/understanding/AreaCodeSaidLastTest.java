package bella.application.understanding;

import static bella.application.understanding.NineToFive.FRIDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Callers who say their seven digits first and the area code after: the area code is dialled first. */
class AreaCodeSaidLastTest {

    private final Understanding understanding = NineToFive.understanding();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PHONE|Four eight two, seven seven three one. Area code is 613.|+16134827731",
            "INTENT|Hi, it's Ravi, a trim Monday at 3, my cell is 482-7731, area code 613, thanks|+16134827731",
            "PHONE|at 2, area code 613 482 7731|+16134827731"})
    void givenTheAreaCodeAfterTheNumber_whenRead_thenItGoesFirst(Expectation asked, String said, String phone) {
        assertThat(understanding.understand(said, asked, FRIDAY_MORNING).phone()).isEqualTo(phone);
    }
}
