package bella.bootstrap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every question Bella asks that names keys, answered through the signed webhooks with each key it names and one it
 * does not: a key picks what the question offered under it, never a time its digit would read as, and a key not
 * named brings the same options back. One Bella serves every call here; each call has its own number.
 */
class KeypadMenusTest {

    private static final String NOT_OFFERED = "Sorry, that key isn't one of the choices.";
    private static final AtomicInteger CALLS = new AtomicInteger();

    @TempDir
    static Path data;
    private static RunningBella bella;

    @BeforeAll
    static void start() {
        bella = RunningBella.start(data.resolve("bella.db"), Map.of("SERVICES", "Cleaning=30, Checkup=30"));
    }

    @AfterAll
    static void stop() {
        bella.close();
    }

    private static TwilioCaller newCaller() {
        int call = CALLS.incrementAndGet();
        return caller(String.format("+1416555%04d", call));
    }

    private static TwilioCaller caller(String number) {
        return bella.caller(String.format("CA%032d", CALLS.incrementAndGet()), number);
    }

    /** What a keypad menu names under a key: "Press 1 for Tuesday, March 10th at 10 AM, press 2 for …". */
    private static String option(String said, int key) {
        Matcher m = Pattern.compile("(?i)press " + key + " for (.+?)(?:, press \\d|\\. Or say|\\.$)").matcher(said);
        assertThat(m.find()).as("key %d in: %s", key, said).isTrue();
        return m.group(1);
    }

    @Test
    void keysAtOffersOnTheKeypadTakeTheTimeOfferedUnderThem() {
        for (int key = 1; key <= 3; key++) {
            TwilioCaller caller = newCaller();
            caller.dial();
            assertThat(caller.say("I'd like to book a cleaning")).contains("What day and time");
            assertThat(caller.say("purple elephants")).contains("Sorry, I didn't catch that.");
            String keys = caller.say("banana bread");
            assertThat(keys).contains("Press 1 for ").contains("press 3 for ").contains("Or say another day and time.");
            String offered = option(keys, key);

            assertThat(caller.press("4")).startsWith(NOT_OFFERED).contains("Press 1 for " + option(keys, 1))
                    .doesNotContain("didn't catch");
            assertThat(caller.press(String.valueOf(key))).contains("May I have your name");
            assertThat(caller.say("my name is Ada Lovelace")).contains("Ada Lovelace, on " + offered + ".");
        }
    }

    @Test
    void keysAtSpokenOffersPickByPlace() {
        TwilioCaller caller = newCaller();
        caller.dial();
        caller.say("I'd like to book a checkup");
        String offers = caller.say("Wednesday March 11th in the morning");
        Matcher times = Pattern.compile("I have (\\d+(?::\\d\\d)?), (\\d+(?::\\d\\d)?)").matcher(offers);
        assertThat(times.find()).as(offers).isTrue();
        assertThat(caller.press("9")).startsWith(NOT_OFFERED).contains("I have ");
        caller.press("2");
        assertThat(caller.say("Alan Turing")).contains("on Wednesday, March 11th at " + times.group(2) + " AM.");
    }

    @Test
    void keysAtTheReadBackBookOrDecline() {
        TwilioCaller caller = newCaller();
        caller.dial();
        caller.say("a checkup on Thursday March 12th at 10");
        String readBack = caller.say("Grace Hopper");
        assertThat(readBack).contains("Thursday, March 12th at 10 AM").contains("Say yes or press 1");
        assertThat(caller.press("3")).isEqualTo(NOT_OFFERED + " " + readBack);
        assertThat(caller.press("2")).contains("What day and time would suit you?");
        assertThat(caller.say("Thursday March 12th at 11")).contains("Thursday, March 12th at 11 AM");
        caller.say("purple elephants");
        String keys = caller.say("banana bread");
        assertThat(keys).contains("Press 1 to book it, or press 2 to choose another time.");
        assertThat(caller.press("7")).isEqualTo(NOT_OFFERED + " " + keys.substring(keys.indexOf("I have")));
        assertThat(caller.press("1")).contains("You're booked for a checkup on Thursday, March 12th at 11 AM");
    }

    @Test
    void keysAtTheMainMenuPickTheirErrand() {
        assertThat(answerToMenu("1")).contains("What would you like to book: a cleaning or a checkup?");
        assertThat(answerToMenu("2")).contains("We're open Monday to Friday").contains("anything else");
        assertThat(answerToMenu("3")).contains("I can't find an upcoming booking");
        assertThat(answerToMenu("0")).contains("there's no one free");
        assertThat(answerToMenu("7")).startsWith(NOT_OFFERED).contains("To book, say book or press 1.");

        TwilioCaller caller = newCaller();
        caller.dial();
        caller.say("purple elephants");
        String keys = caller.say("banana bread");
        assertThat(keys).contains("Press 1 to book an appointment");
        assertThat(caller.press("8")).isEqualTo(NOT_OFFERED + " "
                + keys.substring(keys.indexOf("Press 1")));
        assertThat(caller.press("2")).contains("We're open");
    }

    private static String answerToMenu(String key) {
        TwilioCaller caller = newCaller();
        caller.dial();
        return caller.press(key);
    }

    @Test
    void keysAtTheServiceQuestionPickTheService() {
        TwilioCaller spoken = newCaller();
        spoken.dial();
        String question = spoken.say("I'd like to book");
        assertThat(question).contains("What would you like to book: a cleaning or a checkup?");
        assertThat(spoken.press("3")).isEqualTo(NOT_OFFERED + " " + question);
        assertThat(spoken.press("2")).contains("What day and time");
        spoken.say("Friday March 13th at 9");
        assertThat(spoken.say("Edsger Dijkstra")).contains("a checkup for Edsger Dijkstra");

        TwilioCaller keyed = newCaller();
        keyed.dial();
        keyed.press("1");
        keyed.say("purple elephants");
        assertThat(keyed.say("banana bread")).contains("Press 1 for cleaning, press 2 for checkup.");
        assertThat(keyed.press("5")).startsWith(NOT_OFFERED).contains("Press 1 for cleaning");
        assertThat(keyed.press("1")).contains("What day and time");
        keyed.say("Friday March 13th at 10");
        assertThat(keyed.say("Barbara Liskov")).contains("a cleaning for Barbara Liskov");
    }

    @Test
    void keysPickWhichBookingAndAnswerWhetherToCancelIt() {
        String number = "+14165559001";
        book(number, "Monday March 16th at 9");
        book(number, "Tuesday March 17th at 9");
        bella.awaitGet("/api/appointments?from=2026-03-16&to=2026-03-17",
                body -> body.split("Katherine Johnson", -1).length == 3);

        TwilioCaller moving = caller(number);
        moving.dial();
        String which = moving.press("3");
        assertThat(which).contains("Monday, March 16th at 9 AM or Tuesday, March 17th at 9 AM");
        assertThat(moving.press("3")).isEqualTo(NOT_OFFERED + " " + which);
        assertThat(moving.press("2")).contains("Your appointment is on Tuesday, March 17th at 9 AM");

        TwilioCaller onKeys = caller(number);
        onKeys.dial();
        onKeys.press("3");
        onKeys.say("purple elephants");
        String keys = onKeys.say("banana bread");
        assertThat(option(keys, 1)).isEqualTo("Monday, March 16th at 9 AM");
        assertThat(onKeys.press("1")).contains("Your appointment is on Monday, March 16th at 9 AM");

        TwilioCaller cancelling = caller(number);
        cancelling.dial();
        cancelling.say("I want to cancel my appointment");
        String shallI = cancelling.press("1");
        assertThat(shallI).contains("Shall I cancel it? Say yes or press 1, or say no or press 2.");
        assertThat(cancelling.press("4")).isEqualTo(NOT_OFFERED + " " + shallI);
        assertThat(cancelling.press("2")).contains("Would you like to book an appointment");
        cancelling.say("I want to cancel my appointment");
        cancelling.press("1");
        cancelling.say("purple elephants");
        assertThat(cancelling.say("banana bread"))
                .contains("Press 1 to cancel your appointment on Monday, March 16th at 9 AM, or press 2 to keep it.");
        assertThat(cancelling.press("1")).contains("Your appointment on Monday, March 16th at 9 AM is cancelled.");
    }

    @Test
    void keysAnswerWhetherToMoveTheBookingTheCallerSpokeOf() {
        String number = "+14165559002";
        book(number, "Wednesday March 18th at 9");
        bella.awaitGet("/api/appointments?from=2026-03-18&to=2026-03-18", body -> body.contains("Katherine"));

        TwilioCaller moving = caller(number);
        moving.dial();
        String shallI = moving.say("my dog has an appointment on Wednesday, can we do Thursday March 19th at 9 instead");
        assertThat(shallI).contains("You have an appointment on Wednesday, March 18th at 9 AM. Would you like to "
                + "move it? Say yes or press 1, or say no or press 2.");
        assertThat(moving.press("3")).isEqualTo(NOT_OFFERED + " " + shallI);
        assertThat(moving.press("1"))
                .contains("move your appointment from Wednesday, March 18th at 9 AM to Thursday, March 19th at 9 AM");

        TwilioCaller onKeys = caller(number);
        onKeys.dial();
        onKeys.say("my dog has an appointment on Wednesday, can we do Thursday March 19th at 10 instead");
        onKeys.say("purple elephants");
        String keys = onKeys.say("banana bread");
        assertThat(keys).contains("Press 1 to move your appointment on Wednesday, March 18th at 9 AM, or press 2 to "
                + "make a new booking.");
        assertThat(onKeys.press("2")).contains("What day and time would suit you?");
    }

    private static void book(String number, String when) {
        TwilioCaller caller = caller(number);
        caller.dial();
        caller.say("a cleaning on " + when);
        caller.say("Katherine Johnson");
        assertThat(caller.press("1")).contains("You're booked");
    }

    @Test
    void keysPickBetweenTwoReadingsOfWhatWasSaid() {
        TwilioCaller caller = newCaller();
        caller.dial();
        caller.press("2");
        caller.say("I'd like a cleaning");
        String which = caller.say("next Friday at 11");
        assertThat(which).contains("do you mean Friday, March 6th at 11 AM or Friday, March 13th at 11 AM?");
        assertThat(caller.press("3")).isEqualTo(NOT_OFFERED + " " + which);
        caller.press("2");
        assertThat(caller.say("Hedy Lamarr")).contains("on Friday, March 13th at 11 AM.");

        TwilioCaller first = newCaller();
        first.dial();
        first.say("I'd like a checkup");
        assertThat(first.say("next Friday at 3")).contains("do you mean Friday, March 6th at 3 PM or");
        first.press("1");
        assertThat(first.say("Hedy Lamarr")).contains("on Friday, March 6th at 3 PM.");
    }
}
