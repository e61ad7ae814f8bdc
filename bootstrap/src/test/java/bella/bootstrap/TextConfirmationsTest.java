package bella.bootstrap;

import bella.domain.booking.Appointment;
import bella.domain.booking.ConfirmationSent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

import static bella.bootstrap.Eventually.awaitThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Callers book, move and cancel through signed webhooks while a local fake of Twilio's Messages API takes the
 * texts: one per change, still one after Bella restarts on the same database and after every projection is rebuilt.
 */
@Execution(ExecutionMode.CONCURRENT)
class TextConfirmationsTest {

    private static final String GRACE = "+14165550177";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private final FakeTwilioMessages twilio = new FakeTwilioMessages();

    @AfterEach
    void stopTwilio() {
        twilio.close();
    }

    @Test
    void eachChangeIsTextedOnceThroughRestartsAndRebuilds() throws Exception {
        Path database = data.resolve("bella.db");
        try (RunningBella bella = RunningBella.start(database, twilio.settings())) {
            TwilioCaller booking = bella.caller("CA00000000000000000000000000000201", GRACE);
            booking.dial();
            booking.say("I'd like to book an appointment");
            booking.say("tomorrow at 2 pm");
            booking.say("this is Grace Hopper");
            assertThat(booking.press("1")).contains("You're booked for Wednesday, March 4th at 2 PM");
            awaitThat(() -> twilio.textsTo(GRACE).size() == 1);
            assertThat(twilio.textsTo(GRACE).get(0)).isEqualTo("Maple Dental: your appointment is booked for "
                    + "Wednesday, March 4, 2026 at 2:00 PM. To change or cancel it, call this number.");
            assertThat(twilio.requestsTo(GRACE).get(0).formParameters().get("From").firstValue())
                    .isEqualTo(FakeTwilioMessages.BUSINESS_NUMBER);

            // Twilio took the text a moment before Bella notes it: the note is what ends its listing as pending
            assertThat(bella.awaitGet("/api/texts/pending", body -> !body.contains("\"confirmation\"")))
                    .as("only the reminder, due the day before, is left").contains("\"purpose\":\"reminder\"")
                    .doesNotContain("\"purpose\":\"confirmation\"");
            String sid = sidOfTheOnlyText();
            assertThat(booking.post("/twilio/sms-status", Map.of("MessageSid", sid, "MessageStatus", "delivered"))
                    .statusCode()).isEqualTo(204);
            assertThat(booking.post("/twilio/sms-status", Map.of("MessageSid",
                    "SM99999999999999999999999999999999", "MessageStatus", "delivered")))
                    .satisfies(unknown -> {
                        assertThat(unknown.statusCode()).isEqualTo(404);
                        assertThat(unknown.body()).contains("no text Bella sent");
                    });
        }

        try (RunningBella restarted = RunningBella.start(database, twilio.settings())) {
            bookAnother(restarted, "CA00000000000000000000000000000202", "+14165550178", "tomorrow at 10 am");
            for (String name : projections(restarted)) {
                assertThat(restarted.post("/api/projections/" + name + "/rebuild").statusCode()).isEqualTo(202);
            }
            assertThat(restarted.post("/api/projections/text-outbox/rebuild").statusCode()).isEqualTo(409);
            restarted.awaitGet("/api/projections", body -> !body.contains("\"replaying\":true"));
            bookAnother(restarted, "CA00000000000000000000000000000203", "+14165550179", "tomorrow at 11 am");
            assertThat(twilio.textsTo(GRACE)).hasSize(1);

            TwilioCaller moving = restarted.caller("CA00000000000000000000000000000204", GRACE);
            moving.dial();
            moving.say("I need to move my appointment");
            moving.say("friday at 3 pm");
            assertThat(moving.say("yes")).contains("moved to Friday, March 6th at 3 PM");
            awaitThat(() -> twilio.textsTo(GRACE).size() == 2);
            assertThat(twilio.textsTo(GRACE).get(1)).isEqualTo("Maple Dental: your appointment has moved from "
                    + "Wednesday, March 4, 2026 at 2:00 PM to Friday, March 6, 2026 at 3:00 PM. To change or cancel "
                    + "it, call this number.");

            TwilioCaller cancelling = restarted.caller("CA00000000000000000000000000000205", GRACE);
            cancelling.dial();
            cancelling.say("cancel my appointment");
            assertThat(cancelling.say("yes please")).contains("is cancelled");
            awaitThat(() -> twilio.textsTo(GRACE).size() == 3);
            assertThat(twilio.textsTo(GRACE).get(2)).isEqualTo("Maple Dental: your appointment on Friday, March 6, "
                    + "2026 at 3:00 PM is cancelled. To book again, call this number.");

            // the appointment's history explains every text: one ConfirmationSent per change, naming Twilio's SID
            EventStore events = restarted.bean(EventStore.class);
            String appointment = Appointment.idForCall("CA00000000000000000000000000000201");
            awaitThat(() -> confirmations(events, appointment).size() == 3);
            assertThat(confirmations(events, appointment)).allSatisfy(sent ->
                    assertThat(sent.messageSid()).matches("SM[0-9a-f]{32}"));
        }
        assertThat(twilio.allTexts()).hasSize(5);

        // every processor's position forgotten, as when an operator wipes them to replay the whole store: the
        // projections start over from the first event, the texts from the newest
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             var statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM TokenEntry");
        }
        try (RunningBella replayed = RunningBella.start(database, twilio.settings())) {
            bookAnother(replayed, "CA00000000000000000000000000000206", "+14165550180", "tomorrow at 3 pm");
        }
        assertThat(twilio.textsTo(GRACE)).hasSize(3);
        assertThat(twilio.allTexts()).hasSize(6);
    }

    /** A new booking's text is the sign that the worker has gone through everything queued before it. */
    private void bookAnother(RunningBella bella, String callSid, String number, String when) {
        TwilioCaller caller = bella.caller(callSid, number);
        caller.dial();
        caller.say("I'd like to book an appointment");
        caller.say(when);
        caller.say("this is Ada Lovelace");
        assertThat(caller.press("1")).contains("You're booked");
        awaitThat(() -> twilio.textsTo(number).size() == 1);
    }

    private static List<ConfirmationSent> confirmations(EventStore events, String appointmentId) {
        return events.readEvents(appointmentId).asStream().map(Message::getPayload)
                .filter(ConfirmationSent.class::isInstance).map(ConfirmationSent.class::cast).toList();
    }

    private List<String> projections(RunningBella bella) throws Exception {
        return JSON.readTree(bella.get("/api/projections").body()).findValues("name").stream()
                .map(JsonNode::asText).toList();
    }

    private String sidOfTheOnlyText() throws Exception {
        var served = twilio.server().getAllServeEvents();
        assertThat(served).hasSize(1);
        return JSON.readTree(served.get(0).getResponse().getBodyAsString()).get("sid").asText();
    }
}
