package bella.bootstrap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls placed as new callers place them, through the signed webhooks, at a clinic with two services: a caller who
 * names their booking and another time is asked whether to move it and ends with one booking, and a service is
 * booked only as the caller asked for it.
 */
class WhatWasAskedForTest {

    @TempDir
    static Path data;
    private static RunningBella bella;

    @BeforeAll
    static void start() {
        bella = RunningBella.start(data.resolve("bella.db"),
                Map.of("SERVICES", "Initial assessment=60, Treatment=45", "BUSINESS_NAME", "Lakeside Vets"));
    }

    @AfterAll
    static void stop() {
        bella.close();
    }

    private static void book(String callSid, String number, String request, String name) {
        TwilioCaller caller = bella.caller(callSid, number);
        caller.dial();
        caller.say(request);
        caller.say(name);
        assertThat(caller.say("yes")).contains("You're booked");
    }

    private static String bookingsOf(String name) {
        return bella.awaitGet("/api/appointments?from=2026-03-01&to=2026-04-30", body -> body.contains(name));
    }

    @Test
    void aCallerWhoNamesTheirPetsAppointmentAndAnotherDayHasItMovedNotDoubled() {
        String number = "+14165550301";
        book("CA00000000000000000000000000000301", number, "a treatment on Monday March 9th at 10", "Max Power");
        bookingsOf("Max Power");

        TwilioCaller caller = bella.caller("CA00000000000000000000000000000302", number);
        caller.dial();
        // Moving the pet's appointment, named by whose it is, is a move from the start, as moving "my" one is.
        assertThat(caller.say("I'd like to move Max's appointment on Monday to Friday at 2"))
                .contains("move your appointment from Monday, March 9th at 10 AM to Friday, March 6th at 2 PM");
        assertThat(caller.say("yes")).contains("moved to Friday, March 6th at 2 PM");

        String listed = bella.awaitGet("/api/appointments?from=2026-03-01&to=2026-04-30",
                body -> body.contains("2026-03-06T14:00:00"));
        assertThat(listed.split("Max Power", -1)).hasSize(2);
        assertThat(listed).doesNotContain("2026-03-09T10:00:00");
    }

    @Test
    void aCallerWhoseDogHasAnAppointmentAndWantsAnotherDayIsAskedAndPicksATimeThatDay() {
        String number = "+14165550303";
        book("CA00000000000000000000000000000303", number, "an assessment on Tuesday March 10th at 9", "Rex Owner");
        bookingsOf("Rex Owner");

        TwilioCaller caller = bella.caller("CA00000000000000000000000000000304", number);
        caller.dial();
        assertThat(caller.say("my dog has an appointment on Tuesday, can we do Thursday instead"))
                .contains("You have an appointment on Tuesday, March 10th at 9 AM. Would you like to move it?");
        assertThat(caller.press("1")).contains("on Thursday, March 5th");
        assertThat(caller.say("the first one")).contains("move your appointment from Tuesday, March 10th at 9 AM");
        assertThat(caller.press("1")).contains("moved to Thursday, March 5th");

        String listed = bella.awaitGet("/api/appointments?from=2026-03-01&to=2026-04-30",
                body -> !body.contains("2026-03-10T09:00:00"));
        assertThat(listed.split("Rex Owner", -1)).hasSize(2);
    }

    @Test
    void anAssessmentIsTheInitialAssessmentAndACorrectedServiceIsChanged() {
        TwilioCaller caller = bella.caller("CA00000000000000000000000000000305", "+14165550305");
        caller.dial();
        assertThat(caller.say("I'd like to book an assessment tomorrow at 10")).contains("May I have your name");
        assertThat(caller.say("Ann Lee"))
                .contains("an initial assessment for Ann Lee, on Wednesday, March 4th at 10 AM");
        assertThat(caller.say("no, it's for a treatment"))
                .contains("a treatment for Ann Lee, on Wednesday, March 4th at 10 AM");
        assertThat(caller.say("no, sorry, it's for the initial assessment"))
                .contains("an initial assessment for Ann Lee, on Wednesday, March 4th at 10 AM");
        assertThat(caller.say("yes")).contains("You're booked for an initial assessment");
        assertThat(bookingsOf("Ann Lee")).contains("\"service\":\"Initial assessment\"");
    }

    @Test
    void aServiceTheClinicDoesNotOfferIsAskedAboutNotBookedAsTheFirst() {
        TwilioCaller caller = bella.caller("CA00000000000000000000000000000306", "+14165550306");
        caller.dial();
        assertThat(caller.say("I need a massage on Thursday at 10"))
                .contains("I'm sorry, that isn't one of the services I can book.")
                .contains("What would you like to book: an initial assessment or a treatment?");
        assertThat(caller.say("a treatment then")).contains("May I have your name");
        assertThat(caller.say("Bob Stone")).contains("a treatment for Bob Stone, on Thursday, March 5th at 10 AM");
    }
}
