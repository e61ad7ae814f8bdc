package bella.bootstrap;

import bella.application.availability.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;

import static bella.bootstrap.SettingsTest.env;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SERVICES may give, for each service, the other words callers use for it. */
class ServiceSynonymsSettingsTest {

    @Test
    void givenWordsInBrackets_whenRead_thenEachServiceKeepsItsOwn() {
        List<Service> services = Settings.from(env("SERVICES",
                "Cleaning=60 (hygiene| scale and polish ), Checkup = 30, Whitening=45(bleaching)")).rules().services();

        assertThat(services).containsExactly(
                new Service("Cleaning", Duration.ofMinutes(60), List.of("hygiene", "scale and polish")),
                new Service("Checkup", Duration.ofMinutes(30), List.of()),
                new Service("Whitening", Duration.ofMinutes(45), List.of("bleaching")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cleaning=60 (hygiene", "Cleaning=60 (hygiene) (scale)", "Cleaning=60 (hygiene||scale)",
            "Cleaning=60 ()", "Cleaning=60 (hygiene) x"})
    void givenBracketsBellaCannotRead_whenRead_thenOneLineNamingTheSetting(String value) {
        assertThatThrownBy(() -> Settings.from(env("SERVICES", value)))
                .isInstanceOf(BadSetting.class)
                .hasMessageStartingWith("SERVICES=" + value + " is not usable: ")
                .hasMessageContaining("Cleaning");
    }

    @Test
    void givenMinutesAfterTheBrackets_whenRead_thenTheMinutesAreAskedFor() {
        assertThatThrownBy(() -> Settings.from(env("SERVICES", "Cleaning=(hygiene) 60")))
                .isInstanceOf(BadSetting.class)
                .hasMessage("SERVICES=Cleaning=(hygiene) 60 is not usable: other words for Cleaning in one pair of "
                        + "brackets after its minutes, separated by |, such as Cleaning=60 (hygiene|scale and polish)");
    }
}
