package bella.adapters.twilio;

import bella.application.conversation.Reply;
import bella.domain.call.Expectation;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Say;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class TwimlRepliesTest {

    private static final TwimlReplies REPLIES = new TwimlReplies(
            new TwilioVoice(Gather.Language.EN_CA, Say.Voice.POLLY_JOANNA_NEURAL));

    @Test
    void givenReplyExpectingAnAnswer_whenRendered_thenGathersSpeechAndKeysAndPostsToTheNextTurn() {
        Document twiml = Xml.parse(REPLIES.render(new Reply("What day and time would suit you?",
                Expectation.TIME, 3)));

        assertThat(twiml.getDocumentElement().getTagName()).isEqualTo("Response");
        assertThat(Xml.names(Xml.verbs(twiml))).containsExactly("Gather", "Redirect");
        Element gather = Xml.verbs(twiml).get(0);
        assertThat(gather.getAttribute("input")).isEqualTo("speech dtmf");
        assertThat(gather.getAttribute("action")).isEqualTo("/twilio/gather?turn=3");
        assertThat(gather.getAttribute("method")).isEqualTo("POST");
        assertThat(Xml.names(Xml.children(gather))).containsExactly("Say");
        assertThat(Xml.children(gather).get(0).getTextContent()).isEqualTo("What day and time would suit you?");
    }

    @ParameterizedTest
    @EnumSource(value = Expectation.class, names = "NOTHING", mode = EnumSource.Mode.EXCLUDE)
    void givenAnyExpectation_whenRendered_thenSilenceRedirectsToTheSameActionByPost(Expectation expecting) {
        Document twiml = Xml.parse(REPLIES.render(new Reply("Hello?", expecting, 7)));

        Element gather = Xml.verbs(twiml).get(0);
        Element redirect = Xml.verbs(twiml).get(1);
        assertThat(gather.getAttribute("action")).isEqualTo("/twilio/gather?turn=7");
        assertThat(redirect.getTagName()).isEqualTo("Redirect");
        assertThat(redirect.getTextContent()).isEqualTo(gather.getAttribute("action"));
        assertThat(redirect.getAttribute("method")).isIn("", "POST");
        assertThat(Xml.verbs(twiml)).hasSize(2);
    }

    @Test
    void givenPhoneExpectation_whenRendered_thenKeysFinishOnHashWithoutDigitLimit() {
        Element gather = Xml.verbs(Xml.parse(REPLIES.render(new Reply(
                "What phone number should I put the booking under?", Expectation.PHONE, 5)))).get(0);

        assertThat(gather.getAttribute("finishOnKey")).isEqualTo("#");
        assertThat(gather.hasAttribute("numDigits")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Expectation.class, names = {"INTENT", "CHOICE", "CONFIRMATION"})
    void givenSingleKeyExpectation_whenRendered_thenOneKeyPressAnswers(Expectation expecting) {
        Element gather = Xml.verbs(Xml.parse(REPLIES.render(new Reply("Press 1 or 2.", expecting, 2))))
                .get(0);

        assertThat(gather.getAttribute("numDigits")).isEqualTo("1");
    }

    @Test
    void givenReplyThatEndsTheCall_whenRendered_thenSaysTheWordsAndHangsUpWithoutGathering() {
        String xml = REPLIES.render(new Reply("Thank you for calling. Goodbye!", Expectation.NOTHING, 9));
        Document twiml = Xml.parse(xml);

        assertThat(Xml.names(Xml.verbs(twiml))).containsExactly("Say", "Hangup");
        assertThat(Xml.verbs(twiml).get(0).getTextContent()).isEqualTo("Thank you for calling. Goodbye!");
        assertThat(twiml.getElementsByTagName("Gather").getLength()).isZero();
        assertThat(twiml.getElementsByTagName("Redirect").getLength()).isZero();
    }

    @Test
    void givenApology_whenRendered_thenApologisesAndHangsUp() {
        Document twiml = Xml.parse(REPLIES.apology());

        assertThat(Xml.names(Xml.verbs(twiml))).containsExactly("Say", "Hangup");
        assertThat(Xml.verbs(twiml).get(0).getTextContent()).contains("sorry");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "</Say><Hangup/><Say>",
            "<Dial>+15551234567</Dial>",
            "Tom & Jerry's \"place\" <b>",
            "]]><Play>http://evil.example/x.mp3</Play><![CDATA[",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;",
            "Robert'); DROP TABLE appointments;--",
            "&amp; &lt; &#x41; &#0;",
            "O'Brien \u00e9\u00e8 \u4f60\u597d \ud83d\ude00"})
    void givenWordsWithMarkup_whenRendered_thenTheyAreSpokenAsTextAndRoundTrip(String words) {
        for (Expectation expecting : new Expectation[]{Expectation.NAME, Expectation.NOTHING}) {
            Document twiml = Xml.parse(REPLIES.render(new Reply(words, expecting, 4)));

            assertThat(twiml.getElementsByTagName("Say").getLength()).isEqualTo(1);
            assertThat(twiml.getElementsByTagName("Say").item(0).getTextContent()).isEqualTo(words);
            assertThat(twiml.getElementsByTagName("Dial").getLength()).isZero();
            assertThat(twiml.getElementsByTagName("Play").getLength()).isZero();
            assertThat(twiml.getElementsByTagName("Hangup").getLength())
                    .isEqualTo(expecting == Expectation.NOTHING ? 1 : 0);
        }
    }

    @Test
    void givenEveryControlCharacter_whenRendered_thenRenderingNeverThrowsAndStaysWellFormed() {
        for (char c = 0; c < 0x20; c++) {
            String words = "Ann" + c + "Lee";
            for (Expectation expecting : new Expectation[]{Expectation.CONFIRMATION, Expectation.NOTHING}) {
                char shown = c;
                assertThatCode(() -> REPLIES.render(new Reply(words, expecting, 2)))
                        .as("U+%04X", (int) shown).doesNotThrowAnyException();
                String said = Xml.parse(REPLIES.render(new Reply(words, expecting, 2)))
                        .getElementsByTagName("Say").item(0).getTextContent();
                assertThat(said).as("U+%04X", (int) shown).startsWith("Ann").endsWith("Lee").hasSize(7);
                if (c != '\t' && c != '\n' && c != '\r') {
                    assertThat(said).as("U+%04X", (int) shown).isEqualTo("Ann Lee");
                }
            }
        }
    }

    @Test
    void givenWordsMadeOnlyOfControlCharacters_whenRendered_thenStillWellFormed() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            all.append(c);
        }
        all.append('\u007f');

        assertThatCode(() -> Xml.parse(REPLIES.render(new Reply(all.toString(), Expectation.NAME, 2))))
                .doesNotThrowAnyException();
    }

    @Test
    void givenSpeakable_whenGivenControlCharacters_thenReplacesThemButKeepsTabNewlineAndReturn() {
        assertThat(TwimlReplies.speakable("a\u0000b\u0007c\u001bd\u007fe")).isEqualTo("a b c d e");
        assertThat(TwimlReplies.speakable("a\tb\nc\rd")).isEqualTo("a\tb\nc\rd");
    }
}
