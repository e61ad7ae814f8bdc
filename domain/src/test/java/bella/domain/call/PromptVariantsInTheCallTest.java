package bella.domain.call;

import bella.domain.call.Prompt.Kind;
import bella.domain.call.Prompt.Preface;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static bella.domain.call.CallTest.CALL;
import static bella.domain.call.CallTest.NOW;
import static bella.domain.call.CallTest.PHONE;
import static bella.domain.call.CallTest.STARTED;
import static bella.domain.call.CallTest.TORONTO;
import static bella.domain.call.CallTest.hear;
import static bella.domain.call.CallTest.matches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A call given a variant of Bella's wording records it once, first, and every prompt of the call carries it. */
class PromptVariantsInTheCallTest {

    static final PromptVariant WARM = new PromptVariant("warm", "Hi, you've reached {business}!",
            "Hi {name}, lovely to hear from you again at {business}!", ReadBackStyle.QUESTION);
    static final PromptVariantAssigned ASSIGNED = new PromptVariantAssigned(CALL, "warm",
            "Hi, you've reached {business}!", "Hi {name}, lovely to hear from you again at {business}!",
            ReadBackStyle.QUESTION, NOW);

    private AggregateTestFixture<Call> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Call.class);
    }

    @Test
    void givenAVariant_whenTheCallStarts_thenItIsRecordedRightAfterTheStartAndTheGreetingUsesIt() {
        fixture.givenNoPriorActivity()
                .when(new StartCall(CALL, PHONE, "+16475550000", TORONTO, "Ann Lee", List.of(), List.of(), NOW, WARM,
                        false))
                .expectEvents(STARTED, ASSIGNED, new CallerRecognized(CALL, "Ann Lee", NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.preface() == Preface.WELCOME_BACK
                        && p.variant().equals(WARM)));
    }

    @Test
    void givenAVariantRecorded_whenTheSameWebhookComesAgain_thenNothingMoreIsRecordedAndTheVariantStays() {
        PromptVariant other = new PromptVariant("plain", "Hello.", "Hello {name}.", ReadBackStyle.SUMMARY);

        fixture.given(STARTED, ASSIGNED)
                .when(new StartCall(CALL, PHONE, "+16475550000", TORONTO, null, List.of(), List.of(), NOW, other,
                        false))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.MENU && p.variant().equals(WARM)));
    }

    @Test
    void givenAVariantRecorded_whenTheCallerAnswersLater_thenTheNextPromptStillCarriesIt() {
        fixture.given(STARTED, ASSIGNED)
                .when(hear(1, "when are you open", Expectation.INTENT, Understood.intent(Intent.HOURS)))
                .expectResultMessagePayloadMatching(matches(p -> p.preface() == Preface.HOURS
                        && p.variant().equals(WARM)));
    }

    @Test
    void givenNoVariant_whenTheCallGoesOn_thenItsPromptsAreInBellasOwnWording() {
        fixture.given(STARTED)
                .when(hear(1, "when are you open", Expectation.INTENT, Understood.intent(Intent.HOURS)))
                .expectResultMessagePayloadMatching(matches(p -> p.variant().equals(PromptVariant.STANDARD)));
    }

    @Test
    void givenTheOwnersWording_whenFilled_thenTheBusinessAndTheCallerAreNamedAndNothingElseIsTouched() {
        assertThat(WARM.greetingFor("Maple Dental")).isEqualTo("Hi, you've reached Maple Dental!");
        assertThat(WARM.welcomeBackFor("Maple Dental", "Ann")).isEqualTo("Hi Ann, lovely to hear from you again at "
                + "Maple Dental!");
        assertThat(WARM.welcomeBackFor("{name} & Co", "$1 Ann")).isEqualTo("Hi $1 Ann, lovely to hear from you "
                + "again at {name} & Co!");
        assertThat(PromptVariant.STANDARD.welcomeBackFor("Maple Dental", "Ann"))
                .isEqualTo("Thank you for calling Maple Dental. Welcome back, Ann.");
    }

    @Test
    void givenWordingBellaCannotFill_whenMade_thenRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> PromptVariant.checkGreeting("Hi {name}, this is {business}"))
                .hasMessage("the greeting may use only {business}, not {name}");
        assertThatThrownBy(() -> PromptVariant.checkWelcomeBack("Hi {caller}"))
                .hasMessage("the welcome back may use only {business} and {name}, not {caller}");
        assertThatThrownBy(() -> PromptVariant.checkGreeting("Hi from {business"))
                .hasMessage("the greeting has a brace that opens or closes no placeholder");
        assertThatThrownBy(() -> PromptVariant.checkGreeting(" "))
                .hasMessage("the greeting must be 1 to 300 characters");
        assertThatThrownBy(() -> new PromptVariant("Warm Hello", "Hi.", "Hi.", ReadBackStyle.SUMMARY))
                .hasMessageContaining("the name 'Warm Hello' is not");
    }
}
