package bella.bootstrap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole calls through the signed webhooks: an answer is read as a reply to what the Call asked, whatever the
 * action URL says was asked, and each question tells the recogniser what to listen for in the business's English.
 */
class WhatBellaAskedTest {

    @TempDir
    static Path data;
    private static RunningBella bella;

    @BeforeAll
    static void start() {
        bella = RunningBella.start(data.resolve("bella.db"), Map.of("SERVICES", "Cleaning=60, Checkup=30"));
    }

    @AfterAll
    static void stop() {
        bella.close();
    }

    private static Element gather(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        return (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(response.body())))
                .getElementsByTagName("Gather").item(0);
    }

    @Test
    void aForgedExpectationInTheActionUrlChangesNothingInHowTheAnswerIsRead() {
        String callSid = "CA00000000000000000000000000000401";
        TwilioCaller caller = bella.caller(callSid, "+14165550401");
        caller.dial();
        assertThat(caller.say("a checkup on Thursday afternoon")).contains("Which would you like?");

        // "The second one" picks an offer only where a choice was asked: claiming a name was asked must not matter.
        HttpResponse<String> answered = caller.post("/twilio/gather?turn=2&expect=NAME",
                Map.of("SpeechResult", "the second one", "Confidence", "0.9"));

        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).doesNotContain("Sorry").contains("May I have your name");
        // What was asked is recorded as the Call asked it, as re-runs of the call will read it.
        assertThat(bella.awaitGet("/api/calls/" + callSid + "/events", body -> body.contains("the second one")))
                .contains("\"text\":\"the second one\",\"confidence\":0.9,\"channel\":\"SPEECH\","
                        + "\"expecting\":\"CHOICE\"");
    }

    @Test
    void anAnswerDeliveredAgainAfterLaterOnesChangesNothingAndTheCallGoesOnFromTheTurnItWaitsFor() throws Exception {
        String callSid = "CA00000000000000000000000000000403";
        TwilioCaller caller = bella.caller(callSid, "+14165550403");
        caller.dial();
        caller.say("I'd like to book");
        assertThat(caller.say("a cleaning")).contains("What day and time");

        // Turn 1 arrives once more, late: the standing question is asked again, waiting for turn 3, not 2.
        Element late = gather(caller.post("/twilio/gather?turn=1",
                Map.of("SpeechResult", "I'd like to book", "Confidence", "0.9")));

        assertThat(late.getAttribute("action")).isEqualTo("/twilio/gather?turn=3");
        assertThat(late.getTextContent()).contains("What day and time");
        assertThat(bella.get("/api/calls/" + callSid + "/events").body().split("\"type\":\"UtteranceHeard\"", -1))
                .as("two answers heard, the late one not recorded again").hasSize(3);
        assertThat(caller.say("Thursday at 10")).doesNotContain("Sorry", "What day and time");
    }

    @Test
    void eachQuestionListensInCanadianEnglishForWhatItAsked() throws Exception {
        TwilioCaller caller = bella.caller("CA00000000000000000000000000000402", "+14165550402");
        caller.dial();

        Element service = gather(caller.post("/twilio/gather?turn=1",
                Map.of("SpeechResult", "I'd like to book", "Confidence", "0.9")));
        assertThat(service.getAttribute("action")).isEqualTo("/twilio/gather?turn=2");
        assertThat(service.getAttribute("language")).isEqualTo("en-CA");
        assertThat(service.getAttribute("hints")).isEqualTo("Cleaning, Checkup");
        assertThat(service.hasAttribute("speechModel")).isFalse();

        Element time = gather(caller.post("/twilio/gather?turn=2",
                Map.of("SpeechResult", "a cleaning", "Confidence", "0.9")));
        assertThat(time.getAttribute("hints")).contains("$DAY", "$TIME");
        assertThat(time.getElementsByTagName("Say").item(0).getTextContent()).contains("What day and time");
    }
}
