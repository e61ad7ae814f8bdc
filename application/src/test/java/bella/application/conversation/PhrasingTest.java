package bella.application.conversation;

import bella.application.availability.BusinessRules;
import bella.application.availability.Opening;
import bella.application.availability.Service;
import bella.domain.booking.Slot;
import bella.domain.call.Prompt.Kind;
import bella.domain.call.Prompt.Preface;
import bella.domain.call.Prompt;
import bella.domain.call.PromptVariant;
import bella.domain.call.Purpose;
import bella.domain.call.Refusal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PhrasingTest {

    static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    final Phrasing phrasing = phrasing(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0));

    @Nested
    class Greetings {

        @Test
        void givenNewCaller_whenGreeted_thenBusinessNamedAndMenuOffered() {
            assertThat(phrasing.words(prompt(Kind.MENU, Preface.WELCOME))).isEqualTo(
                    "Thank you for calling Maple Dental. Would you like to book an appointment, or hear our "
                            + "opening hours? To book, say book or press 1. For opening hours, press 2. To change or cancel a "
                            + "booking, press 3.");
        }

        @Test
        void givenKnownCaller_whenGreeted_thenWelcomedBackByName() {
            var prompt = new Prompt(Kind.MENU, Purpose.BOOK, List.of(), null, "Ana", null, false, false,
                    Preface.WELCOME_BACK, null, PromptVariant.STANDARD);

            assertThat(phrasing.words(prompt))
                    .startsWith("Thank you for calling Maple Dental. Welcome back, Ana. Would you like to book");
        }

        @Test
        void givenMenuAfterAnAnswer_whenSpoken_thenAsksForAnythingElse() {
            assertThat(phrasing.words(prompt(Kind.MENU, Preface.NO_BOOKING_FOUND))).endsWith(
                    "Is there anything else? I can book an appointment or tell you our opening hours. "
                            + "To book, say book or press 1. For opening hours, press 2. To change or cancel a booking, "
                            + "press 3.");
        }

        @Test
        void givenGivingUp_whenSpoken_thenApologisesOnce() {
            var givingUp = new Prompt(Kind.GIVE_UP, Purpose.BOOK, List.of(), null, null, null, true, true,
                    Preface.NONE, null, PromptVariant.STANDARD);

            assertThat(phrasing.words(givingUp)).startsWith("I'm sorry, I'm having trouble understanding you.");
        }

        @Test
        void givenMenuAskedAgainAfterAMiss_whenSpoken_thenStillOffersBookingAndHours() {
            var again = new Prompt(Kind.MENU, Purpose.BOOK, List.of(), null, null, null, true, false, Preface.NONE,
                    null, PromptVariant.STANDARD);

            assertThat(phrasing.words(again)).startsWith("Sorry, I didn't catch that. Would you like to book an "
                    + "appointment, or hear our opening hours?");
        }

        @Test
        void givenKeypadMenu_whenSpoken_thenOnlyKeysOffered() {
            var prompt = new Prompt(Kind.MENU, Purpose.BOOK, List.of(), null, null, null, false, true, Preface.NONE,
                    null, PromptVariant.STANDARD);

            assertThat(phrasing.words(prompt))
                    .isEqualTo("Press 1 to book an appointment, press 2 to hear our opening hours, or press 3 to "
                            + "change or cancel a booking.");
        }
    }

    @Nested
    class Hours {

        @Test
        void givenWeekdaysNineToFive_whenHoursAsked_thenOneSentence() {
            assertThat(phrasing.hours()).isEqualTo("We're open Monday to Friday, 9 AM to 5 PM.");
        }

        @Test
        void givenHoursPreface_whenMenuFollows_thenHoursSpokenFirst() {
            assertThat(phrasing.words(prompt(Kind.MENU, Preface.HOURS)))
                    .startsWith("We're open Monday to Friday, 9 AM to 5 PM. Is there anything else?");
        }

        @Test
        void givenScatteredDaysAndNoonClosing_whenHoursAsked_thenDaysListedAndNoonSaid() {
            var scattered = phrasing(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                    LocalTime.of(8, 30), LocalTime.NOON);

            assertThat(scattered.hours()).isEqualTo("We're open Monday, Wednesday and Friday, 8:30 AM to noon.");
        }

        @Test
        void givenTwoDays_whenHoursAsked_thenJoinedWithAnd() {
            var twoDays = phrasing(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.of(10, 0),
                    LocalTime.of(14, 0));

            assertThat(twoDays.hours()).isEqualTo("We're open Saturday and Sunday, 10 AM to 2 PM.");
        }

        @Test
        void givenSeveralServices_whenAskedWhich_thenEachIsNamedWithItsArticle() {
            var rules = new BusinessRules(TORONTO, BusinessRules.sameEach(EnumSet.range(DayOfWeek.MONDAY,
                    DayOfWeek.FRIDAY), new Opening(LocalTime.of(9, 0), LocalTime.of(17, 0))), Set.of(),
                    List.of(new Service("Cleaning", Duration.ofMinutes(60)), new Service("Exam", Duration.ofMinutes(30))),
                    Duration.ofMinutes(30), Duration.ZERO, Duration.ZERO, Duration.ofDays(30));
            var asking = new Prompt(Kind.ASK_SERVICE, Purpose.BOOK, List.of(), null, null, null, false, false,
                    Preface.NONE, null, PromptVariant.STANDARD);

            assertThat(new Phrasing("Maple Dental", rules).words(asking))
                    .isEqualTo("What would you like to book: a cleaning or an exam?");
        }

        @Test
        void givenShorterSaturdays_whenHoursAsked_thenEachRunOfDaysHasItsHours() {
            var week = BusinessRules.sameEach(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    new Opening(LocalTime.of(9, 0), LocalTime.of(17, 0)));
            week.put(DayOfWeek.SATURDAY, new Opening(LocalTime.of(10, 0), LocalTime.of(14, 0)));
            var rules = new BusinessRules(TORONTO, week, Set.of(), List.of(new Service("visit", Duration.ofMinutes(30))),
                    Duration.ofMinutes(30), Duration.ZERO, Duration.ZERO, Duration.ofDays(30));

            assertThat(new Phrasing("Maple Dental", rules).hours())
                    .isEqualTo("We're open Monday to Friday, 9 AM to 5 PM and Saturday, 10 AM to 2 PM.");
        }
    }

    @Nested
    class Offers {

        @Test
        void givenTwoSlotsOnOneDay_whenOffered_thenTimesGroupedUnderTheDay() {
            var prompt = offer(at(3, 3, 14, 30), at(3, 3, 15, 0));

            assertThat(phrasing.words(prompt))
                    .isEqualTo("I have 2:30 or 3 PM on Tuesday, March 3rd. Which would you like?");
        }

        @Test
        void givenSlotsOnTwoDays_whenOffered_thenEachDayNamedOnceWithItsTimes() {
            var prompt = offer(at(3, 3, 14, 30), at(3, 3, 15, 0), at(3, 4, 9, 0));

            assertThat(phrasing.words(prompt))
                    .startsWith("I have 2:30 or 3 PM on Tuesday, March 3rd")
                    .contains("or 9 AM on Wednesday, March 4th")
                    .endsWith("Which would you like?");
        }

        @Test
        void givenMorningAndAfternoonSlots_whenOffered_thenEachHalfOfDaySaid() {
            var prompt = offer(at(3, 3, 9, 0), at(3, 3, 9, 30), at(3, 3, 14, 0));

            assertThat(phrasing.words(prompt))
                    .isEqualTo("I have 9, 9:30 AM or 2 PM on Tuesday, March 3rd. Which would you like?");
        }

        @Test
        void givenOneSlot_whenOffered_thenAsksWhetherItWorks() {
            assertThat(phrasing.words(offer(at(3, 3, 10, 0))))
                    .isEqualTo("I have 10 AM on Tuesday, March 3rd. Would that work for you?");
        }

        @Test
        void givenNoon_whenOfferedAlone_thenSpokenAsNoon() {
            assertThat(phrasing.words(offer(at(3, 3, 12, 0))))
                    .isEqualTo("I have noon on Tuesday, March 3rd. Would that work for you?");
        }

        @Test
        void givenMorningSlotThenNoon_whenOffered_thenNoonSpokenAsNoon() {
            assertThat(phrasing.words(offer(at(3, 3, 11, 30), at(3, 3, 12, 0))))
                    .startsWith("I have 11:30 AM or noon on Tuesday, March 3rd.");
        }

        @Test
        void givenKeypadOffer_whenSpoken_thenEachSlotHasItsKey() {
            var prompt = new Prompt(Kind.OFFER, Purpose.BOOK, slots(at(3, 3, 14, 30), at(3, 4, 9, 0)), null, null,
                    null, false, true,
                    Preface.NONE, null, PromptVariant.STANDARD);

            assertThat(phrasing.words(prompt)).isEqualTo("Press 1 for Tuesday, March 3rd at 2:30 PM, "
                    + "press 2 for Wednesday, March 4th at 9 AM. Or say another day and time.");
        }

        @Test
        void givenTakenRequest_whenAlternativesOffered_thenReasonComesFirst() {
            var prompt = new Prompt(Kind.OFFER, Purpose.BOOK, slots(at(3, 3, 15, 0)), null, null, Refusal.TAKEN,
                    false, false,
                    Preface.NONE, null, PromptVariant.STANDARD);

            assertThat(phrasing.words(prompt)).isEqualTo(
                    "That time is already booked. I have 3 PM on Tuesday, March 3rd. Would that work for you?");
        }

        @Test
        void givenNothingFreePreface_whenOffered_thenApologisesBeforeOffering() {
            var prompt = new Prompt(Kind.OFFER, Purpose.BOOK, slots(at(3, 9, 9, 0)), null, null, null, false, false,
                    Preface.NOTHING_FREE, null, PromptVariant.STANDARD);

            assertThat(phrasing.words(prompt)).startsWith(
                    "I'm sorry, I don't have anything free then. I have 9 AM on Monday, March 9th.");
        }

        @Test
        void givenSlotAfterClocksGoForward_whenOffered_thenSpokenInTorontoDaylightTime() {
            var prompt = offer(Instant.parse("2026-03-10T18:30:00Z"));

            assertThat(phrasing.words(prompt)).startsWith("I have 2:30 PM on Tuesday, March 10th.");
        }

        @Test
        void givenSlotBeforeClocksGoForward_whenOffered_thenSpokenInTorontoStandardTime() {
            var prompt = offer(Instant.parse("2026-03-06T19:30:00Z"));

            assertThat(phrasing.words(prompt)).startsWith("I have 2:30 PM on Friday, March 6th.");
        }
    }

    @Nested
    class ReadBack {

        @Test
        void givenChosenSlotAndName_whenReadBack_thenWeekdayMonthOrdinalTimeAndNameSaid() {
            var prompt = new Prompt(Kind.READ_BACK, Purpose.BOOK, slots(at(3, 3, 14, 30)), null, "Ana", null, false,
                    false,
                    Preface.NONE, null, PromptVariant.STANDARD);

            assertThat(phrasing.words(prompt)).isEqualTo("So that's Ana, on Tuesday, March 3rd at 2:30 PM. "
                    + "Shall I book it? Say yes or press 1, or say no or press 2.");
        }

        @Test
        void givenNoon_whenReadBack_thenSpokenAsNoon() {
            var prompt = new Prompt(Kind.READ_BACK, Purpose.BOOK, slots(at(3, 3, 12, 0)), null, "Ana", null, false,
                    false,
                    Preface.NONE, null, PromptVariant.STANDARD);

            assertThat(phrasing.words(prompt)).contains("on Tuesday, March 3rd at noon.");
        }

        @Test
        void givenKeypadReadBack_whenSpoken_thenKeysOffered() {
            var prompt = new Prompt(Kind.READ_BACK, Purpose.BOOK, slots(at(3, 3, 14, 30)), null, "Ana", null, false,
                    true,
                    Preface.NONE, null, PromptVariant.STANDARD);

            assertThat(phrasing.words(prompt)).isEqualTo("I have Ana, on Tuesday, March 3rd at 2:30 PM. "
                    + "Press 1 to book it, or press 2 to choose another time.");
        }

        @ParameterizedTest(name = "{0} March is the {1}")
        @CsvSource({"1, 1st", "2, 2nd", "3, 3rd", "4, 4th", "11, 11th", "12, 12th", "13, 13th", "21, 21st",
                "22, 22nd", "23, 23rd", "24, 24th", "31, 31st"})
        void givenDayOfMonth_whenReadBack_thenSpokenAsOrdinal(int day, String ordinal) {
            var prompt = new Prompt(Kind.READ_BACK, Purpose.BOOK, slots(at(3, day, 10, 0)), null, "Ana", null, false,
                    false,
                    Preface.NONE, null, PromptVariant.STANDARD);

            assertThat(Phrasing.ordinal(day)).isEqualTo(ordinal);
            assertThat(phrasing.words(prompt)).contains("March " + ordinal + " at 10 AM");
        }

        @Test
        void givenBooking_whenConfirmed_thenTimeAndNameSaidWithGoodbye() {
            var prompt = new Prompt(Kind.BOOKED, Purpose.BOOK, slots(at(3, 3, 14, 30)), null, "Ana", null, false, false,
                    Preface.NONE, null, PromptVariant.STANDARD);

            assertThat(phrasing.words(prompt))
                    .isEqualTo("You're booked for Tuesday, March 3rd at 2:30 PM. Thank you, Ana, and goodbye!");
        }

        @Test
        void givenBookingWithoutName_whenConfirmed_thenThanksWithoutName() {
            var prompt = new Prompt(Kind.BOOKED, Purpose.BOOK, slots(at(3, 3, 14, 30)), null, null, null, false,
                    false, Preface.NONE, null, PromptVariant.STANDARD);

            assertThat(phrasing.words(prompt))
                    .isEqualTo("You're booked for Tuesday, March 3rd at 2:30 PM. Thank you, and goodbye!");
        }
    }

    @Nested
    class MissesAndRefusals {

        @Test
        void givenMissedAnswer_whenAskedAgain_thenApologyComesFirst() {
            var prompt = new Prompt(Kind.ASK_NAME, Purpose.BOOK, List.of(), null, null, null, true, false,
                    Preface.NONE, null, PromptVariant.STANDARD);

            assertThat(phrasing.words(prompt)).isEqualTo("Sorry, I didn't catch that. May I have your name, please?");
        }

        @Test
        void givenRepeatedMiss_whenKeypadOffered_thenStillDidNotCatchIt() {
            var prompt = new Prompt(Kind.MENU, Purpose.BOOK, List.of(), null, null, null, true, true, Preface.NONE,
                    null, PromptVariant.STANDARD);

            assertThat(phrasing.words(prompt)).isEqualTo("Sorry, I still didn't catch that. "
                    + "Press 1 to book an appointment, press 2 to hear our opening hours, or press 3 to change or "
                    + "cancel a booking.");
        }

        @Test
        void givenNoMiss_whenAsked_thenNoApology() {
            assertThat(phrasing.words(prompt(Kind.ASK_TIME, Preface.NONE)))
                    .isEqualTo("What day and time would suit you?");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "PAST           | That time has already passed.",
                "TOO_SOON       | That's too soon for us to prepare.",
                "BEYOND_HORIZON | We only take bookings up to 30 days ahead.",
                "CLOSED_DAY     | We're closed that day.",
                "OUTSIDE_HOURS  | That's outside our opening hours that day.",
                "TAKEN          | That time is already booked."})
        void givenRefusal_whenTimeAskedAgain_thenReasonExplainedFirst(Refusal refusal, String reason) {
            var prompt = new Prompt(Kind.ASK_TIME, Purpose.BOOK, List.of(), null, null, refusal, false, false,
                    Preface.NONE, null, PromptVariant.STANDARD);

            assertThat(phrasing.words(prompt)).isEqualTo(reason + " What day and time would suit you?");
        }

        @Test
        void givenEveryRefusal_whenExplained_thenEachHasItsOwnWords() {
            var said = Arrays.stream(Refusal.values())
                    .map(r -> phrasing.words(new Prompt(Kind.ASK_TIME, Purpose.BOOK, List.of(), null, null, r, false,
                            false,
                            Preface.NONE, null, PromptVariant.STANDARD)))
                    .distinct()
                    .count();

            assertThat(said).isEqualTo(Refusal.values().length);
        }

        @Test
        void givenChangeRequestedWithoutBookings_whenSpoken_thenSaysNoneWasFound() {
            assertThat(phrasing.words(prompt(Kind.MENU, Preface.NO_BOOKING_FOUND)))
                    .startsWith("I can't find an upcoming booking under the number you're calling from. Is there");
        }

        @Test
        void givenHumanRequested_whenNoOneFree_thenSaysSo() {
            assertThat(phrasing.words(prompt(Kind.MENU, Preface.NO_ONE_TO_TRANSFER_TO)))
                    .startsWith("I'm sorry, there's no one free to take your call right now. Is there");
        }
    }

    @Nested
    class OtherPrompts {

        @Test
        void givenEveryKind_whenSpoken_thenSomethingIsSaid() {
            for (Kind kind : Kind.values()) {
                var prompt = new Prompt(kind, Purpose.RESCHEDULE, slots(at(3, 3, 14, 30)),
                        slots(at(3, 2, 10, 0)).get(0), "Ana", null, false, false, Preface.NONE, null,
                                PromptVariant.STANDARD);
                assertThat(phrasing.words(prompt)).as(kind.name()).isNotBlank();
            }
        }

        @Test
        void givenPhoneAsked_whenSpoken_thenKeypadMentioned() {
            assertThat(phrasing.words(prompt(Kind.ASK_PHONE, Preface.NONE))).isEqualTo(
                    "What phone number should I put the booking under? You can say it, or type it on the keypad.");
        }

        @Test
        void givenConfirmation_whenBooking_thenAsksToWait() {
            assertThat(phrasing.words(prompt(Kind.BOOKING, Preface.NONE))).isEqualTo("One moment.");
        }

        @Test
        void givenCallEnds_whenGoodbyeSaid_thenBusinessNamed() {
            assertThat(phrasing.words(prompt(Kind.GOODBYE, Preface.NONE)))
                    .isEqualTo("Thank you for calling Maple Dental. Goodbye!");
        }

        @Test
        void givenCallerNotUnderstood_whenGivingUp_thenAsksToCallBack() {
            assertThat(phrasing.words(prompt(Kind.GIVE_UP, Preface.NONE))).isEqualTo(
                    "I'm sorry, I'm having trouble understanding you. Please call us back later. Goodbye.");
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    static Phrasing phrasing(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {
        return new Phrasing("Maple Dental",
                new BusinessRules(TORONTO, days, opens, closes, Duration.ofMinutes(30), Duration.ofDays(30)));
    }

    /** A moment in 2026, Toronto time. */
    static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(TORONTO).toInstant();
    }

    static List<Slot> slots(Instant... starts) {
        return Arrays.stream(starts).map(s -> Slot.of(s, Duration.ofMinutes(30))).toList();
    }

    static Prompt prompt(Kind kind, Preface preface) {
        return new Prompt(kind, Purpose.BOOK, List.of(), null, null, null, false, false, preface, null,
                PromptVariant.STANDARD);
    }

    static Prompt offer(Instant... starts) {
        return new Prompt(Kind.OFFER, Purpose.BOOK, slots(starts), null, null, null, false, false, Preface.NONE, null,
                PromptVariant.STANDARD);
    }
}
