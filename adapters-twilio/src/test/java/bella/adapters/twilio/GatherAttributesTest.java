package bella.adapters.twilio;

import bella.application.conversation.Reply;
import bella.domain.call.Expectation;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Say;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every attribute Bella puts on a {@code <Gather>} and its {@code <Say>}, read back as Twilio would parse them. */
class GatherAttributesTest {

    /** The attributes of Twilio's {@code <Gather>} reference that Bella uses; anything else is a mistake. */
    private static final Set<String> USED = Set.of("input", "action", "method", "language", "speechTimeout", "hints",
            "numDigits", "finishOnKey", "timeout");

    private static final TwimlReplies CANADIAN = new TwimlReplies(
            new TwilioVoice(Gather.Language.EN_CA, Say.Voice.POLLY_JOANNA_NEURAL));

    private static Element gather(TwimlReplies replies, Reply reply) {
        Document twiml = Xml.parse(replies.render(reply));
        assertThat(Xml.names(Xml.verbs(twiml))).containsExactly("Gather", "Redirect");
        return Xml.verbs(twiml).get(0);
    }

    private static List<String> hints(Element gather) {
        return Arrays.stream(gather.getAttribute("hints").split(",")).map(String::strip).toList();
    }

    @ParameterizedTest
    @EnumSource(value = Expectation.class, names = "NOTHING", mode = EnumSource.Mode.EXCLUDE)
    void givenAnyQuestion_whenRendered_thenListensInTheBusinessLanguageWithNoModelBesideAutoTimeout(
            Expectation asked) {
        Element gather = gather(CANADIAN, new Reply("Well?", asked, 2, List.of("Cleaning")));

        assertThat(gather.getAttribute("language")).isEqualTo("en-CA");
        assertThat(gather.getAttribute("speechTimeout")).isEqualTo("auto");
        // Twilio refuses speechTimeout="auto" with an explicit speechModel (warning 13335); enhanced needs one.
        assertThat(gather.hasAttribute("speechModel")).isFalse();
        assertThat(gather.hasAttribute("enhanced")).isFalse();
        for (int i = 0; i < gather.getAttributes().getLength(); i++) {
            assertThat(USED).contains(gather.getAttributes().item(i).getNodeName());
        }
        Element say = Xml.children(gather).get(0);
        assertThat(say.getAttribute("voice")).isEqualTo("Polly.Joanna-Neural");
    }

    @Test
    void givenATimeAsked_whenRendered_thenHintsDaysMonthsAndTimes() {
        assertThat(hints(gather(CANADIAN, new Reply("What day and time would suit you?", Expectation.TIME, 2))))
                .contains("$DAY", "$MONTH", "$TIME");
    }

    @Test
    void givenAPhoneNumberAsked_whenRendered_thenHintsPhoneNumbersAndDigitSequences() {
        assertThat(hints(gather(CANADIAN, new Reply("What number?", Expectation.PHONE, 2))))
                .containsExactly("$OOV_CLASS_FULLPHONENUM", "$OOV_CLASS_DIGIT_SEQUENCE");
    }

    @Test
    void givenAServiceAsked_whenRendered_thenHintsTheBusinessServices() {
        assertThat(hints(gather(CANADIAN, new Reply("What would you like to book?", Expectation.SERVICE, 2,
                List.of("Initial assessment", "Winter tyres")))))
                .containsExactly("Initial assessment", "Winter tyres");
    }

    @Test
    void givenANameAsked_whenRendered_thenHintsTheKnownNameAndSpelling() {
        assertThat(hints(gather(CANADIAN, new Reply("May I have your name?", Expectation.NAME, 2,
                List.of("Siobhán O'Brien")))))
                .contains("Siobhán O'Brien", "$OOV_CLASS_ALPHA_SEQUENCE");
    }

    @Test
    void givenAReadBack_whenRendered_thenHintsYesAndNoAndACorrectedNameOrTime() {
        assertThat(hints(gather(CANADIAN, new Reply("Shall I book it?", Expectation.CONFIRMATION, 2,
                List.of("Ann Lee")))))
                .contains("yes", "no", "$DAY", "$TIME", "$OOV_CLASS_ALPHA_SEQUENCE", "Ann Lee");
    }

    @Test
    void givenWordsWithCommasAndMarkup_whenHinted_thenEachStaysOneEntryEscaped() {
        Element gather = gather(CANADIAN, new Reply("Which?", Expectation.SERVICE, 2,
                List.of("Wash, cut & blow-dry", "<Hangup/>", "  ", "wash cut & blow-dry")));

        assertThat(hints(gather)).containsExactly("Wash cut & blow-dry", "<Hangup/>");
    }

    @Test
    void givenMoreWordsThanTwilioTakes_whenHinted_thenAtMost500EntriesOfAtMost100Characters() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            many.add("service " + i);
        }
        many.add(0, "x".repeat(101));

        List<String> hints = hints(gather(CANADIAN, new Reply("Which?", Expectation.SERVICE, 2, many)));

        assertThat(hints).hasSize(Hints.MOST_ENTRIES).allSatisfy(hint -> assertThat(hint).hasSizeLessThan(101))
                .startsWith("service 0");
    }

    @Test
    void givenAnotherLanguageAndVoice_whenRendered_thenBothAreUsed() {
        TwimlReplies british = new TwimlReplies(new TwilioVoice(Gather.Language.EN_GB,
                Say.Voice.GOOGLE_EN_GB_NEURAL2_A));

        Element gather = gather(british, new Reply("Well?", Expectation.INTENT, 1));

        assertThat(gather.getAttribute("language")).isEqualTo("en-GB");
        assertThat(Xml.children(gather).get(0).getAttribute("voice")).isEqualTo("Google.en-GB-Neural2-A");
    }

    @Test
    void givenTheCallEnds_whenRendered_thenTheGoodbyeIsInTheSameVoice() {
        Document twiml = Xml.parse(CANADIAN.render(new Reply("Goodbye!", Expectation.NOTHING, 3)));

        assertThat(Xml.verbs(twiml).get(0).getAttribute("voice")).isEqualTo("Polly.Joanna-Neural");
    }
}
