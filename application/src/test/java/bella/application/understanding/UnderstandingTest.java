package bella.application.understanding;

import static bella.application.understanding.NineToFive.TUESDAY_MORNING;
import static bella.application.understanding.NineToFive.TORONTO;
import static org.assertj.core.api.Assertions.assertThat;

import bella.domain.call.Expectation;
import bella.domain.call.Grain;
import bella.domain.call.Intent;
import bella.domain.call.Shift;
import bella.domain.call.Understood;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnderstandingTest {

    private final Understanding understanding = NineToFive.understanding();

    private Understood understand(String text, Expectation expecting) {
        return understanding.understand(text, expecting, TUESDAY_MORNING);
    }

    private static LocalDateTime local(java.time.Instant instant) {
        return instant == null ? null : instant.atZone(TORONTO).toLocalDateTime();
    }

    @Nested
    class ClockTimes {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "next tuesday at 2 pm|2026-03-10T14:00|HOUR|true",
                "half past two|2026-03-03T14:30|MINUTE|false",
                "three thirty|2026-03-03T15:30|MINUTE|false",
                "330 p.m.|2026-03-03T15:30|MINUTE|false",
                "3 30 pm|2026-03-03T15:30|MINUTE|false",
                "two fifteen pm|2026-03-03T14:15|MINUTE|false",
                "quarter past three|2026-03-03T15:15|MINUTE|false",
                "a quarter after three|2026-03-03T15:15|MINUTE|false",
                "quarter to four|2026-03-03T15:45|MINUTE|false",
                "twenty past two|2026-03-03T14:20|MINUTE|false",
                "at noon|2026-03-03T12:00|HOUR|false",
                "the 12th at noon|2026-03-12T12:00|HOUR|true",
                "the twelfth at midday|2026-03-12T12:00|HOUR|true",
                "at 2|2026-03-03T14:00|HOUR|false",
                "at 12|2026-03-03T12:00|HOUR|false",
                "at 14:30|2026-03-03T14:30|MINUTE|false",
                "5 o'clock in the evening|2026-03-03T17:00|HOUR|false",
                "11 in the morning on friday|2026-03-06T11:00|HOUR|true",
                "evening 6:30 tomorrow|2026-03-04T18:30|MINUTE|true",
                "tomorrow morning at 8|2026-03-04T08:00|HOUR|true",
                "march nineteenth at one pm|2026-03-19T13:00|HOUR|true",
                "Friday at 9 pm|2026-03-06T21:00|HOUR|true",
                "the day after tomorrow at 10:45 am|2026-03-05T10:45|MINUTE|true",
                "um can i come in at uh 3|2026-03-03T15:00|HOUR|false",
                "er, tomorrow at, erm, 10:30|2026-03-04T10:30|MINUTE|true",
                "eleven a m on friday|2026-03-06T11:00|HOUR|true",
                "two p m wednesday|2026-03-04T14:00|HOUR|true",
                "saturday at like 11|2026-03-07T11:00|HOUR|true",
                "good morning, could it be tuesday at quarter to three|2026-03-10T14:45|MINUTE|true",
                "tuesday at for fifteen|2026-03-10T16:15|MINUTE|true",
                "i'd like to get a appointment 4 tuesday at 10 a.m.|2026-03-10T10:00|HOUR|true",
                "monday, at 11 of the morning|2026-03-09T11:00|HOUR|true",
                "december twenty-second at half past one|2026-12-22T13:30|MINUTE|true",
        })
        void readsClockTimes(String text, String start, Grain grain, boolean dateSaid) {
            Understood u = understand(text, Expectation.INTENT);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse(start));
            assertThat(u.end()).isNull();
            assertThat(u.grain()).isEqualTo(grain);
            assertThat(u.timeSaid()).isTrue();
            assertThat(u.dateSaid()).isEqualTo(dateSaid);
            assertThat(u.intent()).isEqualTo(Intent.BOOK);
        }

        @Test
        void aBareHourAtOrAfterOpeningIsMorningAndAlreadyPastMeansTomorrow() {
            assertThat(local(understand("at 10", Expectation.TIME).start()))
                    .isEqualTo(LocalDateTime.parse("2026-03-04T10:00"));
        }

        @Test
        void aLoneNumberIsAnHourOnlyWhenATimeWasAskedFor() {
            assertThat(local(understand("3", Expectation.TIME).start()))
                    .isEqualTo(LocalDateTime.parse("2026-03-03T15:00"));
            assertThat(understand("for 3 people", Expectation.TIME).hasTime()).isFalse();
        }

        @Test
        void midnightWithNoDayIsTheComingOne() {
            assertThat(local(understand("midnight", Expectation.TIME).start()))
                    .isEqualTo(LocalDateTime.parse("2026-03-04T00:00"));
        }
    }

    @Nested
    class Days {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "tomorrow|2026-03-04",
                "on friday|2026-03-06",
                "tuesday|2026-03-10",
                "this tuesday|2026-03-10",
                "next tuesday|2026-03-10",
                "march 9th|2026-03-09",
                // Two days gone by: that day of the next month is asked back (PastDatesHeardTest), not next year's.
                "march 1st|2026-04-01",
                "the 12th|2026-03-12",
                "on the second|2026-04-02",
                "the day after tomorrow|2026-03-05",
                "the 5th of next month|2026-04-05",
                "sunday this week|2026-03-08",
                "in a couple of days|2026-03-05",
                "a few days from now|2026-03-06",
                "next week thursday|2026-03-12",
                "thursday week|2026-03-12",
                "monday fortnight|2026-03-23",
                "a fortnight on monday|2026-03-23",
                "thursday or friday|2026-03-05",
                "a week today|2026-03-10",
                "a week tomorrow|2026-03-11",
                "a week on friday|2026-03-13",
                "in a fortnight|2026-03-17",
                "a day from right now|2026-03-04",
        })
        void readsDaysWithoutTime(String text, String day) {
            Understood u = understand(text, Expectation.INTENT);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse(day + "T00:00"));
            assertThat(u.end()).isNull();
            assertThat(u.grain()).isEqualTo(Grain.DAY);
            assertThat(u.timeSaid()).isFalse();
            assertThat(u.dateSaid()).isTrue();
        }

        @Test
        void nextWeekIsAWeekWindow() {
            Understood u = understand("sometime next week", Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse("2026-03-09T00:00"));
            assertThat(local(u.end())).isEqualTo(LocalDateTime.parse("2026-03-16T00:00"));
            assertThat(u.grain()).isEqualTo(Grain.WEEK);
        }

        @Test
        void aDayAcrossTheSpringForwardStartsAtLocalMidnightAndHourIsLocal() {
            ZonedDateTime saturday = ZonedDateTime.of(2026, 3, 7, 11, 0, 0, 0, TORONTO);

            Understood u = understanding.understand("monday at 10", Expectation.TIME, saturday);

            assertThat(u.start()).isEqualTo(ZonedDateTime.parse("2026-03-09T10:00-04:00[America/Toronto]").toInstant());
            Understood sunday = understanding.understand("sunday", Expectation.TIME, saturday);
            assertThat(sunday.start()).isEqualTo(ZonedDateTime.parse("2026-03-08T00:00-05:00").toInstant());
        }

        @Test
        void aTimeInTheSkippedHourMovesForward() {
            ZonedDateTime saturday = ZonedDateTime.of(2026, 3, 7, 11, 0, 0, 0, TORONTO);

            Understood u = understanding.understand("sunday at 2:30 am", Expectation.TIME, saturday);

            assertThat(u.start()).isEqualTo(ZonedDateTime.parse("2026-03-08T03:30-04:00").toInstant());
        }
    }

    @Nested
    class Windows {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "tomorrow afternoon|2026-03-04T12:00|2026-03-04T17:00|true",
                "tomorrow morning|2026-03-04T09:00|2026-03-04T12:00|true",
                "in the evening|2026-03-03T18:00|2026-03-03T21:00|false",
                "first thing friday|2026-03-06T09:00|2026-03-06T10:00|true",
                "end of the day|2026-03-03T15:00|2026-03-03T17:00|false",
                "late afternoon on thursday|2026-03-05T15:00|2026-03-05T17:00|true",
                "between 2 and 4|2026-03-03T14:00|2026-03-03T16:00|false",
                "3-4 pm tomorrow|2026-03-04T15:00|2026-03-04T16:00|true",
                "after 3 on friday|2026-03-06T15:00|2026-03-06T17:00|true",
                "anytime after 2 pm|2026-03-03T14:00|2026-03-03T17:00|false",
                "before noon tomorrow|2026-03-04T09:00|2026-03-04T12:00|true",
                "no later than 11 on thursday|2026-03-05T09:00|2026-03-05T11:00|true",
                "late morning on thursday|2026-03-05T10:00|2026-03-05T12:00|true",
                "early afternoon tomorrow|2026-03-04T12:00|2026-03-04T14:00|true",
                "mid-afternoon tomorrow|2026-03-04T14:00|2026-03-04T16:00|true",
                "around lunchtime tomorrow|2026-03-04T12:00|2026-03-04T14:00|true",
                "wednesday uh mid-morning|2026-03-04T10:00|2026-03-04T11:30|true",
                "the last appointment of the day on friday|2026-03-06T15:00|2026-03-06T17:00|true",
                "the first appointment of the day on friday|2026-03-06T09:00|2026-03-06T10:00|true",
                "afternoons are better for me|2026-03-03T12:00|2026-03-03T17:00|false",
                "before lunch on monday|2026-03-09T09:00|2026-03-09T12:00|true",
                "could i come by monday between 1 and 3|2026-03-09T13:00|2026-03-09T15:00|true",
                "the morning is better for me, like before noon|2026-03-03T09:00|2026-03-03T12:00|false",
        })
        void readsWindows(String text, String start, String end, boolean dateSaid) {
            Understood u = understand(text, Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse(start));
            assertThat(local(u.end())).isEqualTo(LocalDateTime.parse(end));
            assertThat(u.grain()).isEqualTo(Grain.HOUR);
            assertThat(u.timeSaid()).isTrue();
            assertThat(u.dateSaid()).isEqualTo(dateSaid);
        }

        @Test
        void aBoundOutsideTheOpeningHoursStaysTheMomentSaid() {
            Understood u = understand("after 6 pm tomorrow", Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse("2026-03-04T18:00"));
            assertThat(u.end()).isNull();
        }

        @Test
        void eveningRunsToClosingWhenOpenLate() {
            Understanding late = new Understanding("CA", LocalTime.of(9, 0), LocalTime.of(21, 0), List.of(), Map.of(),
                    PublicHolidays.NONE);

            Understood u = late.understand("this evening", Expectation.TIME, TUESDAY_MORNING);

            assertThat(local(u.end())).isEqualTo(LocalDateTime.parse("2026-03-03T21:00"));
        }
    }

    @Nested
    class NattyFailures {

        @ParameterizedTest
        @ValueSource(strings = {"i need a 1/2 hour appointment", "may i book an appointment", "a table for 2",
                "right now", "hold on a second"})
        void readsNoTimeWhereNoneWasSaid(String text) {
            assertThat(understand(text, Expectation.INTENT).hasTime()).isFalse();
        }

        @Test
        void aRangeWithAHyphenIsNotAnOffsetOrADate() {
            Understood u = understand("3-4 pm", Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse("2026-03-03T15:00"));
        }

        @Test
        void seasonsAndHolidaysDoNotBreakTheRest() {
            Understood u = understand("book me for fall at 3 pm", Expectation.INTENT);

            assertThat(u.intent()).isEqualTo(Intent.BOOK);
            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse("2026-03-03T15:00"));
        }
    }

    @Nested
    class Intents {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "i'd like to book an appointment|BOOK",
                "can i make a booking|BOOK",
                "i'd like to come in|BOOK",
                "tomorrow at 3|BOOK",
                "i need to cancel|CANCEL",
                "i want to reschedule|RESCHEDULE",
                "can i move my appointment to friday|RESCHEDULE",
                "change my appointment|RESCHEDULE",
                "what are your hours|HOURS",
                "when are you open|HOURS",
                "what time do you close on saturday|HOURS",
                "do you have a spot open at four on friday|BOOK",
                "i'd like to organize a party for ten people|BOOK",
                "can you fit me in tomorrow|BOOK",
                "can i speak to someone|HUMAN",
                "operator|HUMAN",
                "a real person please|HUMAN",
                "no i want to cancel|CANCEL",
                "hello|OTHER",
                "i need to change the time of my booking|RESCHEDULE",
                "i can't make my appointment tomorrow|RESCHEDULE",
                "i won't be able to make it on friday|RESCHEDULE",
                "i'm calling about my appointment|RESCHEDULE",
                "i'd like to leave a message|HUMAN",
                "transfer me please|HUMAN",
                "can i get in to see the doctor|BOOK",
                "i need a cleaning|BOOK",
                "i'd like to get my hair cut|BOOK",
                "scratch my appointment|CANCEL",
                "i need to bail on my appointment tomorrow|CANCEL",
                "i'm not going to make it tomorrow|RESCHEDULE",
                "what are your opening times|HOURS",
                "can we push my appointment to monday afternoon|RESCHEDULE",
                "i'm booked in but i need to rearrange it|RESCHEDULE",
                "i can't come in anymore, please take me off the schedule|CANCEL",
                "can i leave a voicemail for the manager|HUMAN",
                "how much is a haircut|OTHER",
                "what's the price of a cleaning|OTHER",
                "how much is an oil change?|OTHER",
                "yeah hi um i need to get my dog groomed|BOOK",
                "i booked a grooming for my dog but i need to call it off|CANCEL",
                "i have an appointment but i need to change the time|RESCHEDULE",
                "is mrs. kowalski there? i need to speak to her|HUMAN",
                "can i speak to marco please?|HUMAN",
                "i need to set up some driving lessons for my son|BOOK",
                "i think i left my capo in room b last night, did anyone find it?|OTHER",
                "do you take sun life insurance?|OTHER",
                "yeah i'd like to make a point meant|BOOK",
                "1|BOOK",
                "2|HOURS",
                "3|RESCHEDULE",
                "0|HUMAN",
        })
        void readsWhatTheCallIsAbout(String text, Intent intent) {
            assertThat(understand(text, Expectation.INTENT).intent()).isEqualTo(intent);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "yes|YES", "yeah|YES", "yep|YES", "sure|YES", "correct|YES", "that's right|YES",
                "sounds good|YES", "please do|YES", "ok|YES", "perfect|YES", "1|YES",
                "no|NO", "nope|NO", "not really|NO", "that's wrong|NO", "neither|NO", "that's not correct|NO", "2|NO",
                "no i want to cancel|NO", "no problem|YES", "i'll take it|YES", "book it|YES", "works for me|YES",
                "uh-huh|YES", "mm-hmm|YES", "don't book it|CANCEL", "change it to 5 pm|BOOK", "not quite|NO",
                "One.|YES", "2.|NO", "no, I need to check with my wife first|NO", "Know, thank you.|NO",
                "not yet, let me think about it|NO", "forget it, I'll figure something else out|NO",
                "No, sorry, yes. Yes, that's right.|YES", "Know, that's not correct.|NO",
        })
        void readsConfirmations(String text, Intent intent) {
            assertThat(understand(text, Expectation.CONFIRMATION).intent()).isEqualTo(intent);
        }
    }

    @Nested
    class Services {

        private final Understanding offeringTwo = new Understanding("CA", LocalTime.of(9, 0), LocalTime.of(17, 0),
                List.of("Cleaning", "Root canal"), Map.of(), PublicHolidays.NONE);

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {"a cleaning please|Cleaning", "i need two cleanings|Cleaning",
                "it's for my root canal|Root canal", "book a cleaning tomorrow at 10|Cleaning"})
        void readsTheServiceNamed(String text, String service) {
            assertThat(offeringTwo.understand(text, Expectation.SERVICE, TUESDAY_MORNING).service()).isEqualTo(service);
        }

        @Test
        void aPlaceAnswersWhichService() {
            assertThat(offeringTwo.understand("the second one", Expectation.SERVICE, TUESDAY_MORNING).choice()).isEqualTo(2);
            assertThat(offeringTwo.understand("2", Expectation.SERVICE, TUESDAY_MORNING).choice()).isEqualTo(2);
        }

        @Test
        void withOneServiceNothingIsReadAsAService() {
            Understanding one = new Understanding("CA", LocalTime.of(9, 0), LocalTime.of(17, 0),
                    List.of("appointment"), Map.of(), PublicHolidays.NONE);
            assertThat(one.understand("book an appointment", Expectation.INTENT, TUESDAY_MORNING).service()).isNull();
        }
    }

    @Nested
    class Choices {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "the first one|1", "first|1", "the second|2", "the second one please|2", "number two|2",
                "option 3|3", "the earlier one|1", "the third one|3",
        })
        void readsThePickedOption(String text, int choice) {
            Understood u = understand(text, Expectation.CHOICE);

            assertThat(u.choice()).isEqualTo(choice);
            assertThat(u.hasTime()).isFalse();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"2|2026-03-03T14:00", "two|2026-03-03T14:00"})
        void aBareNumberIsBothAPlaceAndATimeForTheCallToWeigh(String text, String time) {
            Understood u = understand(text, Expectation.CHOICE);

            assertThat(u.choice()).isEqualTo(2);
            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse(time));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"the thursday one|2026-03-05T00:00|false",
                "the 2:30 one|2026-03-03T14:30|true", "the 2 pm one please|2026-03-03T14:00|true"})
        void oneAfterADayOrATimeIsAPronoun(String text, String start, boolean timeSaid) {
            Understood u = understand(text, Expectation.CHOICE);

            assertThat(u.choice()).isNull();
            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse(start));
            assertThat(u.timeSaid()).isEqualTo(timeSaid);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {"at 8 tomorrow|2026-03-04T08:00", "at 6 tomorrow|2026-03-04T18:00",
                "at 2 tomorrow|2026-03-04T14:00", "at 10 tomorrow|2026-03-04T10:00"})
        void aBareHourOutsideOpeningHoursIsTheReadingNearerToThem(String text, String start) {
            assertThat(local(understand(text, Expectation.TIME).start())).isEqualTo(LocalDateTime.parse(start));
        }

        @Test
        void aSpanCountedFromAHolidayCountsFromTheNearestOne() {
            // Said on 3 March 2026: the Christmas just past is nearer than the next one.
            assertThat(local(understand("a year from christmas", Expectation.TIME).start()))
                    .isEqualTo(LocalDateTime.parse("2026-12-25T00:00"));
            assertThat(local(understand("christmas", Expectation.TIME).start()))
                    .isEqualTo(LocalDateTime.parse("2026-12-25T00:00"));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {"tonight at 12|2026-03-04T00:00", "this evening at 12|2026-03-04T00:00",
                "12 tonight|2026-03-04T00:00", "tonight at 8|2026-03-03T20:00", "12 in the afternoon|2026-03-03T12:00"})
        void twelveInTheEveningIsMidnight(String text, String start) {
            assertThat(local(understand(text, Expectation.TIME).start())).isEqualTo(LocalDateTime.parse(start));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"9 then", "how about 9 instead", "9 works", "actually make it 9", "what about 9"})
        void aBareHourWithFillerWhileChoosingIsATime(String text) {
            assertThat(local(understand(text, Expectation.CHOICE).start()))
                    .isEqualTo(LocalDateTime.parse("2026-03-04T09:00"));
        }

        @Test
        void oneAfterAtIsStillOneOClock() {
            assertThat(local(understand("how about at 1", Expectation.CHOICE).start()))
                    .isEqualTo(LocalDateTime.parse("2026-03-03T13:00"));
        }

        @Test
        void theTenAmongOfferedTimesIsTenOClock() {
            Understood u = understand("the 10 please", Expectation.CHOICE);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse("2026-03-04T10:00"));
            assertThat(u.dateSaid()).isFalse();
        }

        @Test
        void aBareHourThatCannotBeAPlaceIsATime() {
            Understood u = understand("ten", Expectation.CHOICE);

            assertThat(u.choice()).isNull();
            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse("2026-03-04T10:00"));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {"930.|2026-03-04T09:30", "11 30.|2026-03-03T11:30",
                "too thirty, yes.|2026-03-03T14:30", "11 for me.|2026-03-03T11:00",
                "hmm. i think 2 would suit me best, dear.|2026-03-03T14:00",
                "okay um, 10, no wait, 11 would be better.|2026-03-03T11:00", "yeah, 11 is fine.|2026-03-03T11:00",
                "won o'clock please.|2026-03-03T13:00", "levin thirty, yeah.|2026-03-03T11:30",
                "whichever's first. actually, yeah, 12.|2026-03-03T12:00",
                "go ahead and put me down for the two.|2026-03-03T14:00"})
        void readsATimeSaidAmongOffers(String text, String start) {
            assertThat(local(understand(text, Expectation.CHOICE).start())).isEqualTo(LocalDateTime.parse(start));
        }

        @ParameterizedTest
        @ValueSource(strings = {"i'm busy monday. tuesday?", "monday's packed. tuesday works though.",
                "sorry, monday i cannot. tuesday okay?"})
        void aDayOnWhichTheCallerIsBusyIsNotTheDayAskedFor(String text) {
            assertThat(local(understand(text, Expectation.CHOICE).start()).toLocalDate())
                    .isEqualTo(LocalDate.parse("2026-03-10"));
        }

        @Test
        void callingBackAnotherTimeIsADeclineNotAMove() {
            assertThat(understand("no, that's okay, i'll call back another time", Expectation.CHOICE).intent())
                    .isEqualTo(Intent.NO);
        }

        @ParameterizedTest
        @ValueSource(strings = {"the last one", "the later one", "the latter", "i'll take the later one please"})
        void readsTheLastOfferCountedFromTheEnd(String text) {
            Understood u = understand(text, Expectation.CHOICE);

            assertThat(u.choice()).isEqualTo(-1);
            assertThat(u.shift()).isNull();
        }

        @Test
        void aClockTimeWhileChoosingIsATime() {
            Understood u = understand("the 2:30 one", Expectation.CHOICE);

            assertThat(u.choice()).isNull();
            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse("2026-03-03T14:30"));
        }

        @Test
        void choicesAreOnlyReadWhenOptionsWereOffered() {
            assertThat(understand("the second one", Expectation.INTENT).choice()).isNull();
        }
    }

    @Nested
    class Corrections {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "can I do tuesday, no wait, make it thursday at 11|2026-03-05T11:00",
                "monday at 2, sorry, 3|2026-03-09T15:00",
                "tuesday uh no wednesday uh at 10|2026-03-04T10:00",
                "I'm busy monday so could I come in tuesday at 11 instead|2026-03-10T11:00",
                "thursday at 10, actually friday|2026-03-06T10:00",
                "monday is the school run, tuesday's packed, so wednesday after 2|2026-03-04T14:00",
                "let's go with the 5th instead. do you have an opening for 16:30?|2026-03-05T16:30",
        })
        void readsTheTimeSaidLastWithWhatItLeftOutFromBefore(String text, String start) {
            assertThat(local(understand(text, Expectation.TIME).start())).isEqualTo(LocalDateTime.parse(start));
        }

        @Test
        void noLaterThanCorrectsNothing() {
            Understood u = understand("no later than 11 on thursday", Expectation.TIME);

            assertThat(local(u.end())).isEqualTo(LocalDateTime.parse("2026-03-05T11:00"));
        }

        @Test
        void aPartOfTodaySaysTheDay() {
            assertThat(understand("could I come in this afternoon", Expectation.INTENT).dateSaid()).isTrue();
        }
    }

    @Nested
    class ReadBackCorrections {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "no, 3|2026-03-03T15:00", "can we push it to 4?|2026-03-03T16:00", "is 9 possible instead?|2026-03-04T09:00",
                "no wait, not 2. I said 10.|2026-03-04T10:00", "no, 2, not 1:30|2026-03-03T14:00",
                "that's a bit late, can we do 3?|2026-03-03T15:00",
                "could we do half passed one?|2026-03-03T13:30",
        })
        void readsAnotherTime(String text, String start) {
            assertThat(local(understand(text, Expectation.CONFIRMATION).start())).isEqualTo(LocalDateTime.parse(start));
        }

        @Test
        void aKeyIsNotAnHour() {
            assertThat(understand("2", Expectation.CONFIRMATION).hasTime()).isFalse();
        }

        @Test
        void aDayRuledOutIsNotTheDayAskedFor() {
            Understood u = understand("actually, I can't do monday. tuesday, same time", Expectation.CONFIRMATION);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse("2026-03-10T00:00"));
        }

        @ParameterizedTest(name = "{0} -> {1} {2}")
        @CsvSource(delimiter = '|', value = {
                "can you make it an hour later?|LATER|PT1H", "half an hour earlier would be better|EARLIER|PT30M",
                "two hours earlier, please|EARLIER|PT2H", "hmm, an hour and a half later?|LATER|PT1H30M",
                "can we do it a day earlier, same time?|EARLIER|P1D", "the day after instead|LATER|P1D",
                "could we do the same time next week instead?|LATER|P7D",
                "push it back an hour|LATER|PT1H", "can we do the next day, same time?|LATER|P1D",
                "uh could we do same time but the following week?|LATER|P7D",
        })
        void readsAMoveOfTheTimeReadBack(String text, Shift.Way way, Duration by) {
            assertThat(understand(text, Expectation.CONFIRMATION).shift()).isEqualTo(new Shift(way, by));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "the last name is Lopes, with an S.|Lopes", "Uh, close, it's Steven with a V.|Steven",
                "Pappas, with two Ps in the middle.|Pappas", "Isabelle, two Ls and an E at the end.|Isabelle",
                "It's Alexander, A L E X, not K S.|Alexander", "No, it's Katarzyna. K A T A R Z Y N A.|Katarzyna",
                "My surname is Miller. M I double L E R.|Miller", "Not Tanaka, Takahashi.|Takahashi",
                "First name's Aminatou, A M I N A T O U.|Aminatou",
                "Sorry, the appointment is not for me, it's for my daughter, Rachel Cohen.|Rachel Cohen",
                "The last name is spelled N G U Y E N.|Nguyen",
                "Haha, that's my sister's name, it should be Emma Stone.|Emma Stone",
        })
        void readsANameCorrected(String text, String name) {
            Understood u = understand(text, Expectation.CONFIRMATION);

            assertThat(u.name()).isEqualTo(name);
            assertThat(u.intent()).isNotEqualTo(Intent.HOURS);
        }
    }

    @Nested
    class Shifts {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "anything later?|LATER", "do you have something a bit later|LATER", "what else do you have|LATER",
                "any other times|LATER", "after that maybe|LATER", "anything earlier|EARLIER",
                "could i come in sooner|EARLIER", "nothing before that?|EARLIER", "those are all too early|LATER",
                "you have nothing more early?|EARLIER", "hmm, that's a bit early for me.|LATER",
                "uh, those are kind of late.|EARLIER",
        })
        void readsWhichWayFromTheOffersToLook(String text, Shift.Way way) {
            Understood u = understand(text, Expectation.CHOICE);

            assertThat(u.shift()).isEqualTo(new Shift(way, null));
            assertThat(u.hasTime()).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"i'll call you back later", "talk to you later", "later today", "the second one",
                "the later one"})
        void readsNoShiftWhereTheWordsAreAboutSomethingElse(String text) {
            assertThat(understand(text, Expectation.CHOICE).shift()).isNull();
        }
    }

    @Nested
    class Names {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "my name is john smith|John Smith",
                "this is mary|Mary",
                "it's jean-luc picard|Jean-Luc Picard",
                "i'm sean o'brien and i want to book|Sean O'Brien",
                "name's bond|Bond",
                "call me ishmael|Ishmael",
                "hi, dave here|Dave",
                "Hello, my name is Mark. I'd like an appointment|Mark",
                "this is Dr. Patel|Patel",
                "Hi there, Gurpreet Bains calling, what are your hours?|Gurpreet Bains",
                "Hi, this is Anjali, sorry, Anjali Mehta, I need to cancel.|Anjali Mehta",
                "Hi, my name's Obinna, O B I N N A, Eze, I'd like to book an appointment.|Obinna Eze",
                "you can put it under Sarah|Sarah",
                "under the name Johnson please|Johnson",
                "Bob Smith speaking|Bob Smith",
                "first name Anna, last name Kowalski|Anna Kowalski",
                "it's Ludwig van Beethoven|Ludwig van Beethoven",
        })
        void readsIntroductions(String text, String name) {
            assertThat(understand(text, Expectation.INTENT).name()).isEqualTo(name);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "John Smith|John Smith", "jean-luc picard|Jean-Luc Picard", "o'brien|O'Brien",
                "um, alexis.|Alexis", "sure, angela|Angela", "mcdonald|McDonald",
                "Maria de la Cruz|Maria de la Cruz", "S-M-I-T-H|Smith", "it's Jon, J O N|Jon",
                "Catherine with a K, K A T H R Y N|Kathryn", "John Smyth, S M Y T H|John Smyth",
                "Sarah Smyth, S-M-Y-T-H|Sarah Smyth", "Kathryn, that's K-A-T-H-R-Y-N|Kathryn",
                "Tom, well, Thomas, Thomas Baker|Thomas Baker", "uh, Leilani. Leilani Kahale.|Leilani Kahale",
                "Sean, S-E-A-N, Murphy|Sean Murphy", "M-A-R-I-S-O-L, Marisol, and the last name is Vega|Marisol Vega",
                "Name's Tyler, Tyler Brooks|Tyler Brooks", "Mrs. Margaret Pritchard|Margaret Pritchard",
                "María José García López|María José García López", "Doctor Funmilayo Adeyemi|Funmilayo Adeyemi",
                "Mister Henderson|Henderson", "Harpreet Kaur Sandhu here.|Harpreet Kaur Sandhu",
                "Under Siddiqui, Ayesha Siddiqui.|Ayesha Siddiqui", "Sarah Thompson-Reyes, with a hyphen.|Sarah Thompson-Reyes",
                "It's Kim Soo-ah.|Kim Soo-Ah", "Caitlin, spelled K A T E L Y N, Moore.|Katelyn Moore",
                "Put it under my last name, Wojciechowski, W O J C I E C H O W S K I, first name Tomasz.|Tomasz Wojciechowski",
                "Um my name is uh Niamh, N I A M H, Gallagher|Niamh Gallagher",
                "Catherine with a K, K A T H R Y N, Dubois|Kathryn Dubois",
        })
        void readsABareNameWhenAskedForIt(String text, String name) {
            assertThat(understand(text, Expectation.NAME).name()).isEqualTo(name);
        }

        @ParameterizedTest
        @ValueSource(strings = {"um", "uh", "yes", "no", "3 pm", "647 209 1234", "twenty five", "tomorrow",
                "i'm calling to book", "this is great", "this is dr. smith's office", "mrs", "it's for tomorrow", "i am looking for an appointment",
                "john smith and some more words"})
        void rejectsFillerAsNames(String text) {
            assertThat(understand(text, Expectation.NAME).name()).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"haircut", "cleaning please", "tomorrow", "hello", "howdy", "thanks , bye",
                "mark my calendar for friday"})
        void aBareWordIsNoNameUnlessAskedForOrAKnownGivenName(String text) {
            assertThat(understand(text, Expectation.INTENT).name()).isNull();
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "Alexis. I want to change my schedule|Alexis",
                "Angela, I have not paid my fee yet|Angela",
                "Sure, Mark.|Mark",
                "John Smith|John Smith",
                "Ben. I'm confident this works|Ben",
        })
        void aGivenNameOpeningATurnIsTheNameUnasked(String text, String name) {
            assertThat(understand(text, Expectation.INTENT).name()).isEqualTo(name);
        }

        @Test
        void aNameSpelledUnaskedCountsWhenItSpellsAWordJustSaid() {
            assertThat(understand("no, Niamh, N I A M H", Expectation.CONFIRMATION).name()).isEqualTo("Niamh");
            assertThat(understand("is that near the B B C building", Expectation.CONFIRMATION).name()).isNull();
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "Howdy. I'm Alexis|Alexis",
                "Good morning, this is Zara|Zara",
                "hiya , it's Priya|Priya",
        })
        void aGreetingIsNeverTheName(String text, String name) {
            assertThat(understand(text, Expectation.INTENT).name()).isEqualTo(name);
            assertThat(understand(text, Expectation.NAME).name()).isEqualTo(name);
        }
    }

    @Nested
    class Phones {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"six four seven two zero nine one two three four", "647 209 1234", "(647) 209-1234",
                "my number is 647-209-1234", "+1 647 209 1234", "six four seven two oh nine one two three four",
                "six four seven two zero nine one two three four please"})
        void readsPhoneNumbers(String text) {
            assertThat(understand(text, Expectation.PHONE).phone()).isEqualTo("+16472091234");
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "sure, it's nine oh five, six one seven, three three eight two|+19056173382",
                "five one four, three two nine, double oh one two|+15143290012",
                "area code 519, then 742 6610|+15197426610",
                "plus one 226 583 0744|+12265830744",
                "nine oh five, seven one two, eighty-eight, forty-one|+19057128841",
                "yeah it's 416 372, sorry, 273 9941|+14162739941",
                "my cell is 289 double 4 6 7 1 3 0|+12894467130",
                "you can reach me, Adaeze Okeke, at 343 271 9056|+13432719056",
                "four one six, seven seven zero, one two three four, no wait, one two four three|+14167701243",
        })
        void readsNumbersDictatedInGroups(String text, String phone) {
            assertThat(understand(text, Expectation.PHONE).phone()).isEqualTo(phone);
        }

        @Test
        void readsDoubledDigits() {
            assertThat(understand("four one six double five five one two three four", Expectation.PHONE).phone())
                    .isEqualTo("+14165551234");
        }

        @Test
        void findsAPhoneInAnyUtteranceButNotInDatesAndTimes() {
            Understood u = understand("book me friday at 3:30, my number is 647 209 1234", Expectation.INTENT);

            assertThat(u.phone()).isEqualTo("+16472091234");
            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse("2026-03-06T15:30"));
            assertThat(understand("march 12 2026 at 10 30 am", Expectation.INTENT).phone()).isNull();
        }

        @Test
        void rejectsInvalidNumbers() {
            assertThat(understand("123 4567", Expectation.PHONE).phone()).isNull();
            assertThat(understand("000 000 0000", Expectation.PHONE).phone()).isNull();
        }
    }

    @Nested
    class BadInput {

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "😀😀😀", "Привет, как дела", "你好", "\u0000\u0001\u0007\b",
                "'; DROP TABLE calls; --", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///\">]><x>&e;</x>",
                "\\u0000 $1 ${jndi:ldap://x} %s %n"})
        void understandsNothing(String text) {
            assertThat(understand(text, Expectation.INTENT)).isEqualTo(Understood.nothing());
        }

        @Test
        void toleratesNull() {
            assertThat(understanding.understand(null, null, TUESDAY_MORNING)).isEqualTo(Understood.nothing());
        }

        /** Input is cut before any pattern runs, so a runaway transcript cannot make a reader backtrack for long. */
        @Test
        void readsHugeInputAsItsOpeningOnly() {
            String huge = "at 1:1:1:1 ".repeat(1000) + "aaaaaaaaaa ".repeat(1000);

            for (Expectation expecting : Expectation.values()) {
                assertThat(understanding.understand(huge, expecting, TUESDAY_MORNING).intent()).isNotNull();
                assertThat(understanding.understand("9".repeat(10_000), expecting, TUESDAY_MORNING).phone()).isNull();
                assertThat(understanding.understand("the ".repeat(2_500), expecting, TUESDAY_MORNING).hasTime()).isFalse();
            }
            assertThat(understanding.understand("x".repeat(10_000) + " tomorrow at 3", Expectation.TIME, TUESDAY_MORNING).hasTime())
                    .isFalse();
        }
    }

    @Nested
    class SecondReadings {

        @Test
        void nextFridayEarlyInTheWeekIsNextWeeksWithTheComingOneAsTheOtherReading() {
            Understood u = understand("next friday", Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse("2026-03-13T00:00"));
            assertThat(local(u.otherReading())).isEqualTo(LocalDateTime.parse("2026-03-06T00:00"));
        }

        @Test
        void theOtherReadingKeepsTheClockTime() {
            Understood u = understand("next wednesday at 2", Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse("2026-03-11T14:00"));
            assertThat(local(u.otherReading())).isEqualTo(LocalDateTime.parse("2026-03-04T14:00"));
        }

        @Test
        void nextMondayHasOneReading() {
            Understood u = understand("next monday", Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse("2026-03-09T00:00"));
            assertThat(u.otherReading()).isNull();
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {"this friday|2026-03-06", "friday after next|2026-03-13",
                "friday|2026-03-06"})
        void otherWaysOfNamingAWeekdayAreNotAmbiguous(String text, String day) {
            Understood u = understand(text, Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse(day + "T00:00"));
            assertThat(u.otherReading()).isNull();
        }
    }

    @Nested
    class SpokenClockForms {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "half three|2026-03-03T15:30",
                "twenty past four|2026-03-03T16:20",
                "quarter to noon|2026-03-03T11:45",
                "fifteen minutes past noon|2026-03-03T12:15",
                "at 3 30|2026-03-03T15:30",
                "330 p.m.|2026-03-03T15:30",
                "at 1030|2026-03-03T10:30",
                "15h30|2026-03-03T15:30",
                "9h15|2026-03-04T09:15",
                "3p|2026-03-03T15:00",
                "ten-thirty|2026-03-03T10:30",
                "twelve oh three|2026-03-03T12:03",
                "3ish pm|2026-03-03T15:00",
                "9 tomorrow|2026-03-04T09:00",
                "8 tonight|2026-03-03T20:00",
        })
        void readsSpokenClockTimes(String text, String start) {
            assertThat(local(understand(text, Expectation.TIME).start())).isEqualTo(LocalDateTime.parse(start));
        }

        @Test
        void theNewTimeWinsWhenOneReplacesAnother() {
            Understood u = understand("i have a meeting at 3 pm, can you make it 5 pm instead", Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse("2026-03-03T17:00"));
        }
    }

    @Nested
    class DayConventions {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "in two weeks on monday|2026-03-16",
                "in a week|2026-03-10",
                "the day after tomorrow|2026-03-05",
                "tuesday the 17th|2026-03-17",
                "thursday the 15th|2026-10-15",
                "the 20th of next month|2026-04-20",
                "first tuesday of april|2026-04-07",
                "march the 15th|2026-03-15",
                "christmas|2026-12-25",
                "thanksgiving|2026-11-26",
                "easter monday|2026-04-06",
                "memorial day|2026-05-25",
                "3/20|2026-03-20",
        })
        void readsDays(String text, String day) {
            Understood u = understand(text, Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse(day + "T00:00"));
            assertThat(u.dateSaid()).isTrue();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "july 13-15|2026-07-13|2026-07-16",
                "from the 13th to the 15th of july|2026-07-13|2026-07-16",
                "end of the month|2026-03-21|2026-04-01",
                "this weekend|2026-03-07|2026-03-09",
                "next few days|2026-03-04|2026-03-07",
                "rest of the week|2026-03-03|2026-03-09",
        })
        void readsSpansOfDays(String text, String start, String end) {
            Understood u = understand(text, Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse(start + "T00:00"));
            assertThat(local(u.end())).isEqualTo(LocalDateTime.parse(end + "T00:00"));
        }

        @Test
        void aHolidayWithTimeAndPartOfDay() {
            assertThat(local(understand("xmas at 6 pm", Expectation.TIME).start()))
                    .isEqualTo(LocalDateTime.parse("2026-12-25T18:00"));
        }

        @Test
        void holidaysAcrossTheAutumnChangeKeepLocalTime() {
            ZonedDateTime october = ZonedDateTime.of(2026, 10, 30, 9, 0, 0, 0, TORONTO);

            Understood u = understanding.understand("monday at 10", Expectation.TIME, october);

            assertThat(u.start()).isEqualTo(ZonedDateTime.parse("2026-11-02T10:00-05:00").toInstant());
        }
    }

    @Nested
    class Distances {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "in 20 minutes|2026-03-03T10:35",
                "in half an hour|2026-03-03T10:45",
                "in a couple of hours|2026-03-03T12:15",
                "in two and a half hours|2026-03-03T12:45",
                "an hour from now|2026-03-03T11:15",
        })
        void readsMomentsFromNow(String text, String start) {
            assertThat(local(understand(text, Expectation.TIME).start())).isEqualTo(LocalDateTime.parse(start));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"as soon as possible", "asap", "what's the earliest you have",
                "your first available appointment", "whenever you have an opening", "the soonest please",
                "i'll take the 1st available"})
        void theSoonestIsAWindowFromNowToOfferTheFirstFreeSlotsOf(String text) {
            Understood u = understand(text, Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse("2026-03-03T10:15"));
            assertThat(local(u.end())).isEqualTo(LocalDateTime.parse("2026-03-17T10:15"));
            assertThat(u.timeSaid()).isTrue();
            assertThat(u.dateSaid()).isTrue();
        }

        @Test
        void nowIsATimeOnlyAsTheAnswerToWhen() {
            assertThat(local(understand("right now", Expectation.TIME).start()))
                    .isEqualTo(LocalDateTime.parse("2026-03-03T10:15"));
            assertThat(understand("i'm busy right now", Expectation.TIME).hasTime()).isFalse();
        }
    }

    @Nested
    class Changes {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "can you change that to 5 pm|RESCHEDULE",
                "no, make it thursday instead|BOOK",
                "i need to change my appointment|RESCHEDULE",
                "can we move my booking to friday|RESCHEDULE",
                "i need to change the day|RESCHEDULE",
                "i just remembered i have a wedding that day, can we do friday instead|RESCHEDULE",
                "take off the dentist appointment on friday|CANCEL",
                "i won't need the ride anymore|CANCEL",
                "please don't book that|CANCEL",
        })
        void readsWhetherAnExistingBookingMoves(String text, Intent intent) {
            assertThat(understand(text, Expectation.INTENT).intent()).isEqualTo(intent);
        }

        @Test
        void midBookingAChangeWithATimeAdjustsTheTimeBeingArranged() {
            assertThat(understand("can you change that to 5 pm", Expectation.TIME).intent()).isEqualTo(Intent.BOOK);
        }
    }

    @Nested
    class Deadlines {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "by 2 pm|2026-03-03T14:00",
                "by 2:00pm|2026-03-03T14:00",
                "by end of day|2026-03-04T00:00",
                "by eod|2026-03-04T00:00",
                "by friday|2026-03-06T00:00",
                "by next week|2026-03-09T00:00",
                "by the end of the month|2026-04-01T00:00",
                "by the end of next month|2026-05-01T00:00",
                "by end of the year|2027-01-01T00:00",
        })
        void aDeadlineIsAWindowFromNow(String text, String end) {
            Understood u = understand(text, Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse("2026-03-03T10:15"));
            assertThat(local(u.end())).isEqualTo(LocalDateTime.parse(end));
            assertThat(u.timeSaid()).isTrue();
        }

        @Test
        void byBeforeAPartOfDayNamesTheTimeItself() {
            Understood u = understand("it will be by evening 4:15 on the 9th", Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse("2026-03-09T16:15"));
            assertThat(u.end()).isNull();
        }

        @Test
        void aDeadlineHourAlreadyPastTodayIsTomorrows() {
            Understood u = understand("by 9 am", Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse("2026-03-03T10:15"));
            assertThat(local(u.end())).isEqualTo(LocalDateTime.parse("2026-03-04T09:00"));
        }
    }

    @Nested
    class PartsOfDay {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "late tonight|2026-03-03T21:00|2026-03-04T00:00",
                "late tonite|2026-03-03T21:00|2026-03-04T00:00",
                "friday late in the evening|2026-03-06T21:00|2026-03-07T00:00",
                "after school|2026-03-03T15:00|2026-03-03T21:00",
                "after work tomorrow|2026-03-04T17:00|2026-03-04T21:00",
                "this evening|2026-03-03T18:00|2026-03-03T21:00",
        })
        void readsPartsOfTheDay(String text, String start, String end) {
            Understood u = understand(text, Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse(start));
            assertThat(local(u.end())).isEqualTo(LocalDateTime.parse(end));
        }
    }

    @Nested
    class Offsets {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "in 2 hours|2026-03-03T12:15",
                "in 15'|2026-03-03T10:30",
                "in 30 minutes|2026-03-03T10:45",
                "in 30 seconds|2026-03-03T10:15:30",
                "in 45\"|2026-03-03T10:15:45",
                "can you fit me in 15|2026-03-03T10:30",
                "15 minutes from 1pm|2026-03-03T13:15",
                "2 hours after 9 am tomorrow|2026-03-04T11:00",
                "30 minutes before 5 pm|2026-03-03T16:30",
                "15 minutes past 15h|2026-03-03T15:15",
        })
        void readsDistancesFromNowAndFromAClockTime(String text, String start) {
            assertThat(local(understand(text, Expectation.TIME).start())).isEqualTo(LocalDateTime.parse(start));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "a week from today|2026-03-10",
                "3 days from now|2026-03-06",
                "in 7 days|2026-03-10",
        })
        void aDistanceInDaysIsTheWholeDay(String text, String day) {
            Understood u = understand(text, Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse(day + "T00:00"));
            assertThat(u.grain()).isEqualTo(Grain.DAY);
        }

        @Test
        void readsSecondsOfAClockTime() {
            assertThat(local(understand("15:23:24", Expectation.TIME).start()))
                    .isEqualTo(LocalDateTime.parse("2026-03-03T15:23:24"));
        }
    }

    @Nested
    class MoreHolidays {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "the ides of march|2026-03-15",
                "chinese new year|2027-02-06",
                "lunar new year 2028|2028-01-26",
                "daisy gatson bates day|2027-02-15",
                "good friday|2026-04-03",
                "mardi gras|2027-02-09",
                "pentecost|2026-05-24",
        })
        void readsHolidaysByRuleAndByTable(String text, String day) {
            assertThat(local(understand(text, Expectation.TIME).start())).isEqualTo(LocalDateTime.parse(day + "T00:00"));
        }

        @Test
        void aLunarNewYearBeyondTheTableIsNotGuessed() {
            assertThat(understand("chinese new year 2040", Expectation.TIME).hasTime()).isFalse();
        }
    }

    @Nested
    class OrdinalsAndSeasons {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "the third friday of next month|2026-04-17",
                "the last day of may|2026-05-31",
                "fifth last day of may|2026-05-27",
                "the 2nd last day of february|2027-02-27",
        })
        void readsOrdinalDays(String text, String day) {
            assertThat(local(understand(text, Expectation.TIME).start())).isEqualTo(LocalDateTime.parse(day + "T00:00"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "this summer|2026-06-21|2026-09-23",
                "in the fall|2026-09-23|2026-12-21",
                "next season|2026-03-20|2026-06-21",
                "this winter|2026-03-03|2026-03-20",
                "next winter|2026-12-21|2027-03-20",
        })
        void readsSeasonsAsSpans(String text, String start, String end) {
            Understood u = understand(text, Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse(start + "T00:00"));
            assertThat(local(u.end())).isEqualTo(LocalDateTime.parse(end + "T00:00"));
        }
    }

    @Nested
    class HyphenatedMonthDays {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "2-15|2027-02-15",
                "2 - 15|2027-02-15",
                "12-25|2026-12-25",
                "3-30|2026-03-30",
                "2-15-2028|2028-02-15",
                "2-29|2028-02-29",
                "2-15 at 3 pm|2027-02-15T15:00",
        })
        void aSecondNumberNoClockHourCanBeIsTheDayOfTheMonthBefore(String text, String day) {
            Understood u = understand(text, Expectation.TIME);

            String expected = day.contains("T") ? day : day + "T00:00";
            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse(expected));
            assertThat(u.dateSaid()).isTrue();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "2-4 pm|2026-03-03T14:00|2026-03-03T16:00",
                "2 - 4|2026-03-03T14:00|2026-03-03T16:00",
                "9-11|2026-03-03T09:00|2026-03-03T11:00",
                "10-12|2026-03-03T10:00|2026-03-03T12:00",
                "1-2:30|2026-03-03T13:00|2026-03-03T14:30",
                "2-15 pm|2026-03-03T14:00|2026-03-03T15:00",
        })
        void pairsThatCanBeHoursStayARangeOfHours(String text, String start, String end) {
            Understood u = understand(text, Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse(start));
            assertThat(local(u.end())).isEqualTo(LocalDateTime.parse(end));
            assertThat(u.dateSaid()).isFalse();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"in 10-15 minutes", "2-31", "5-10 minutes", "it takes 5 - 20 minutes"})
        void countsAndDaysNoMonthHasAreNeitherDaysNorHours(String text) {
            assertThat(understand(text, Expectation.TIME).hasTime()).isFalse();
        }

        @Test
        void aPhoneNumberSpokenWithDashesIsStillAPhoneNumber() {
            Understood u = understand("my number is 416 - 555 - 1234", Expectation.NOTHING);

            assertThat(u.phone()).isEqualTo("+14165551234");
            assertThat(u.hasTime()).isFalse();
        }
    }

    @Nested
    class BareDayAndWeek {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "the 24|2026-03-24T00:00",
                "on the 2|2026-04-02T00:00",
                "the 24 at 3 pm|2026-03-24T15:00",
                "the 15 works for me|2026-03-15T00:00",
                "the 24 of june|2026-06-24T00:00",
        })
        void aBareNumberAfterTheIsTheNextSuchDay(String text, String start) {
            Understood u = understand(text, Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse(start));
            assertThat(u.dateSaid()).isTrue();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"the 2 of us", "the 32", "table for the 4 people"})
        void aNumberThatCountsOrCannotBeADayIsNoDay(String text) {
            assertThat(understand(text, Expectation.TIME).hasTime()).isFalse();
        }

        @Test
        void theWeekAloneIsWhatIsLeftOfThisWeek() {
            Understood u = understand("the week", Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse("2026-03-03T00:00"));
            assertThat(local(u.end())).isEqualTo(LocalDateTime.parse("2026-03-09T00:00"));
        }

        @Test
        void theWeekAfterNextIsStillThatWeek() {
            assertThat(local(understand("the week after next", Expectation.TIME).start()))
                    .isEqualTo(LocalDateTime.parse("2026-03-16T00:00"));
        }
    }

    @Nested
    class ClosestOccurrences {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "the closest monday to oct 8th|2026-10-05",
                "the second closest mon to october eighth|2026-10-12",
                "the closest monday to october 5th|2026-10-05",
                "the third closest friday to oct 8th|2026-10-16",
                "the nearest friday to christmas|2026-12-25",
                "the second closest xmas to today|2026-12-25",
                "the closest xmas to today|2025-12-25",
                "the second closest thanksgiving to christmas|2027-11-25",
        })
        void ranksOccurrencesByDistanceFromTheDayNamed(String text, String day) {
            Understood u = understand(text, Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse(day + "T00:00"));
            assertThat(u.dateSaid()).isTrue();
        }
    }

    @Nested
    class UpcomingDays {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "two upcoming days|2026-03-05",
                "2 upcoming day|2026-03-05",
                "5 upcoming days|2026-03-08",
        })
        void nUpcomingDaysIsTheNthDayFromToday(String text, String day) {
            Understood u = understand(text, Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse(day + "T00:00"));
            assertThat(u.end()).isNull();
        }

        @Test
        void theNextFewDaysAreStillASpan() {
            Understood u = understand("next 2 days", Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse("2026-03-04T00:00"));
            assertThat(local(u.end())).isEqualTo(LocalDateTime.parse("2026-03-06T00:00"));
        }
    }

    @Nested
    class EarthHour {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "earth hour|2026-03-28",
                "earth hour 2024|2024-03-23",
                "earth hour 2027|2027-03-20",
        })
        void isAnHourFromHalfPastEightOnTheLastSaturdayOfMarchNotEasterEve(String text, String day) {
            Understood u = understand(text, Expectation.TIME);

            assertThat(local(u.start())).isEqualTo(LocalDateTime.parse(day + "T20:30"));
            assertThat(local(u.end())).isEqualTo(LocalDateTime.parse(day + "T21:30"));
            assertThat(u.dateSaid()).isTrue();
        }

        @Test
        void earthDayIsStillTheWholeDay() {
            assertThat(local(understand("earth day", Expectation.TIME).start()))
                    .isEqualTo(LocalDateTime.parse("2026-04-22T00:00"));
        }
    }
}
