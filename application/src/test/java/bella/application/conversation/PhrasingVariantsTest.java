package bella.application.conversation;

import bella.application.availability.BusinessRules;
import bella.application.availability.Opening;
import bella.application.availability.Service;
import bella.domain.call.Prompt;
import bella.domain.call.Prompt.Kind;
import bella.domain.call.Prompt.Preface;
import bella.domain.call.PromptVariant;
import bella.domain.call.Purpose;
import bella.domain.call.ReadBackStyle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static bella.application.conversation.PhrasingTest.TORONTO;
import static bella.application.conversation.PhrasingTest.at;
import static bella.application.conversation.PhrasingTest.slots;
import static org.assertj.core.api.Assertions.assertThat;

/** Each call hears the wording of the variant it was given: the owner's greeting, and its style of read-back. */
class PhrasingVariantsTest {

    private static final PromptVariant WARM = new PromptVariant("warm", "Hi, you've reached {business}!",
            "Hi {name}, good to hear from you again!", ReadBackStyle.QUESTION);
    private final Phrasing phrasing = new Phrasing("Maple Dental", new BusinessRules(TORONTO,
            BusinessRules.sameEach(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    new Opening(LocalTime.of(9, 0), LocalTime.of(17, 0))), Set.of(),
            List.of(new Service("exam", Duration.ofMinutes(30))), Duration.ofMinutes(30), Duration.ZERO,
            Duration.ZERO, Duration.ofDays(30)));

    @Test
    void givenTheOwnersGreeting_whenTheCallIsAnswered_thenItIsSaidInPlaceOfBellas() {
        assertThat(phrasing.words(greeting(Preface.WELCOME, null, WARM)))
                .startsWith("Hi, you've reached Maple Dental! Would you like to book an appointment");
        assertThat(phrasing.words(greeting(Preface.WELCOME_BACK, "Ann", WARM)))
                .startsWith("Hi Ann, good to hear from you again! Would you like to book an appointment");
        assertThat(phrasing.words(greeting(Preface.WELCOME_BACK, "Ann", PromptVariant.STANDARD)))
                .startsWith("Thank you for calling Maple Dental. Welcome back, Ann. Would you like");
    }

    @ParameterizedTest(name = "{0}, {1}, {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "SUMMARY   | Ann Lee | exam | So that's an exam for Ann Lee, on Tuesday, March 10th at 2 PM. Shall I book it?",
            "SUMMARY   | Ann Lee | -    | So that's Ann Lee, on Tuesday, March 10th at 2 PM. Shall I book it?",
            "QUESTION  | Ann Lee | exam | Shall I book Ann Lee in for an exam on Tuesday, March 10th at 2 PM?",
            "QUESTION  | Ann Lee | -    | Shall I book Ann Lee in on Tuesday, March 10th at 2 PM?",
            "QUESTION  | -       | exam | Shall I book you in for an exam on Tuesday, March 10th at 2 PM?",
            "CHECKLIST | Ann Lee | exam | Let me read that back: Ann Lee, an exam, Tuesday, March 10th at 2 PM. Is that right?",
            "CHECKLIST | Ann Lee | -    | Let me read that back: Ann Lee, Tuesday, March 10th at 2 PM. Is that right?"})
    void givenAStyle_whenABookingIsReadBack_thenItSaysTheServiceTheNameTheDayTheDateAndTheTime(
            ReadBackStyle style, String name, String service, String expected) {
        PromptVariant variant = new PromptVariant("b", "Hello.", "Hello {name}.", style);
        var readBack = new Prompt(Kind.READ_BACK, Purpose.BOOK, slots(at(3, 10, 14, 0)), null, name, null, false,
                false, Preface.NONE, service, variant);

        assertThat(phrasing.words(readBack))
                .isEqualTo(expected + " Say yes or press 1, or say no or press 2.");
    }

    @Test
    void givenAnyStyle_whenReadBackOnTheKeypad_thenTheKeysAreOfferedAsAlways() {
        var keypad = new Prompt(Kind.READ_BACK, Purpose.BOOK, slots(at(3, 10, 14, 0)), null, "Ann", null, true,
                true, Preface.NONE, null, WARM);

        assertThat(phrasing.words(keypad)).isEqualTo("Sorry, I still didn't catch that. I have Ann, on Tuesday, "
                + "March 10th at 2 PM. Press 1 to book it, or press 2 to choose another time.");
    }

    private static Prompt greeting(Preface preface, String name, PromptVariant variant) {
        return new Prompt(Kind.MENU, Purpose.BOOK, List.of(), null, name, null, false, false, preface, null,
                variant);
    }
}
