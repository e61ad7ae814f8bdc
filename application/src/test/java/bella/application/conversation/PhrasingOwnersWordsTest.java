package bella.application.conversation;

import bella.application.availability.BusinessRules;
import bella.application.availability.OpenPeriod;
import bella.application.availability.Opening;
import bella.application.availability.Service;
import bella.domain.booking.Slot;
import bella.domain.call.Prompt;
import bella.domain.call.Prompt.Kind;
import bella.domain.call.Prompt.Preface;
import bella.domain.call.PromptVariant;
import bella.domain.call.Purpose;
import bella.domain.call.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Bella's words for what owners configure: hours with a lunch break, a buffer, and their services' own names. */
class PhrasingOwnersWordsTest {

    static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    static final Opening WITH_LUNCH = new Opening(List.of(new OpenPeriod(LocalTime.of(8, 0), LocalTime.NOON),
            new OpenPeriod(LocalTime.of(13, 0), LocalTime.of(18, 0))));

    @Test
    void givenALunchBreak_whenHoursAsked_thenBothPeriodsAreSaid() {
        assertThat(phrasing(clinicWeek(false), List.of()).hours())
                .isEqualTo("We're open Monday to Friday, 8 AM to noon and 1 to 6 PM.");
    }

    @Test
    void givenALunchBreakAndShorterSaturdays_whenHoursAsked_thenEachRunOfDaysIsSetApart() {
        assertThat(phrasing(clinicWeek(true), List.of()).hours())
                .isEqualTo("We're open Monday to Friday, 8 AM to noon and 1 to 6 PM, and Saturday, 9 AM to 1 PM.");
    }

    @Test
    void givenARefusalForTheBufferOrTheBreak_whenSaid_thenItIsNotCalledBooked() {
        var phrasing = phrasing(clinicWeek(false), List.of());

        assertThat(phrasing.words(refused(Refusal.BUFFER))).isEqualTo("That's too close to another appointment: "
                + "we keep 15 minutes free around each one. What day and time would suit you?");
        assertThat(phrasing.words(refused(Refusal.BREAK)))
                .isEqualTo("We're closed for a break then. What day and time would suit you?");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Winter tyres       | winter tyres",
            "Highlights         | highlights",
            "Brake pads         | brake pads",
            "Dog grooming       | dog grooming",
            "Teeth whitening    | teeth whitening",
            "Cleaning           | a cleaning",
            "Physiotherapy      | physiotherapy",
            "Nail care          | nail care",
            "Bloodwork          | bloodwork",
            "Oil change         | an oil change",
            "Initial assessment | an initial assessment",
            "Eye exam           | an eye exam",
            "MOT                | an MOT",
            "X-ray              | an x-ray",
            "Hour-long massage  | an hour-long massage",
            "Unit inspection    | a unit inspection",
            "Ultrasound         | an ultrasound",
            "One-hour massage   | a one-hour massage",
            "Haircut            | a haircut",
            "Check-up           | a check-up",
            "Fitness class      | a fitness class",
            "Status check       | a status check",
            "Colour             | a colour"})
    void givenAServiceName_whenPutInASentence_thenItTakesTheArticleItsFormCalls(String name, String said) {
        assertThat(ServiceNames.withArticle(name)).isEqualTo(said);
    }

    @Test
    void givenPluralAndVowelNames_whenAskedWhichAndBooked_thenTheSentencesFit() {
        var phrasing = phrasing(clinicWeek(false), List.of(new Service("Winter tyres", Duration.ofMinutes(60)),
                new Service("Oil change", Duration.ofMinutes(30)), new Service("MOT", Duration.ofMinutes(60))));
        var slot = Slot.of(LocalDateTime.of(2026, 3, 3, 14, 0).atZone(TORONTO).toInstant(), Duration.ofHours(1));

        assertThat(phrasing.words(new Prompt(Kind.ASK_SERVICE, Purpose.BOOK, List.of(), null, null, null, false,
                false, Preface.NONE, null, PromptVariant.STANDARD)))
                .isEqualTo("What would you like to book: winter tyres, an oil change or an MOT?");
        assertThat(phrasing.words(new Prompt(Kind.ASK_SERVICE, Purpose.BOOK, List.of(), null, null, null, true,
                true, Preface.NONE, null, PromptVariant.STANDARD)))
                .endsWith("Press 1 for winter tyres, press 2 for oil change, press 3 for MOT.");
        assertThat(phrasing.words(new Prompt(Kind.READ_BACK, Purpose.BOOK, List.of(slot), null, "Ana Diaz", null,
                false, false, Preface.NONE, "Winter tyres", PromptVariant.STANDARD)))
                .startsWith("So that's winter tyres for Ana Diaz, on Tuesday, March 3rd at 2 PM.");
        assertThat(phrasing.words(new Prompt(Kind.BOOKED, Purpose.BOOK, List.of(slot), null, "Ana Diaz", null,
                false, false, Preface.NONE, "Winter tyres", PromptVariant.STANDARD)))
                .startsWith("You're booked for winter tyres on Tuesday, March 3rd at 2 PM.");
    }

    private static Prompt refused(Refusal refusal) {
        return new Prompt(Kind.ASK_TIME, Purpose.BOOK, List.of(), null, null, refusal, false, false, Preface.NONE,
                null, PromptVariant.STANDARD);
    }

    private static Map<DayOfWeek, Opening> clinicWeek(boolean saturdays) {
        var week = BusinessRules.sameEach(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), WITH_LUNCH);
        if (saturdays) {
            week.put(DayOfWeek.SATURDAY, new Opening(LocalTime.of(9, 0), LocalTime.of(13, 0)));
        }
        return week;
    }

    private static Phrasing phrasing(Map<DayOfWeek, Opening> week, List<Service> services) {
        var rules = new BusinessRules(TORONTO, week, Set.of(),
                services.isEmpty() ? List.of(new Service("visit", Duration.ofMinutes(30))) : services,
                Duration.ofMinutes(30), Duration.ofMinutes(15), Duration.ZERO, Duration.ofDays(30));
        return new Phrasing("Maple Physio", rules);
    }
}
