package bella.adapters.twilio;

import bella.application.appointments.AppointmentView;
import bella.application.appointments.Appointments;
import bella.application.appointments.Customers;
import bella.application.availability.BusinessRules;
import bella.application.availability.Calendar;
import bella.application.availability.Diary;
import bella.application.conversation.BoundedWork;
import bella.application.conversation.HandleTurn;
import bella.application.conversation.NextTurn;
import bella.application.conversation.Phrasing;
import bella.application.conversation.PromptVariants;
import bella.application.conversation.Receptionist;
import bella.application.understanding.PhoneNumbers;
import bella.domain.booking.Slot;
import bella.domain.call.EndCall;
import bella.domain.call.Prompt;
import bella.domain.call.PromptVariant;
import bella.domain.call.Purpose;
import bella.domain.call.StartCall;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Say;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.w3c.dom.Document;

import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class VoiceWebhooksTest {

    private static final String CALL_SID = "CA0123456789abcdef0123456789abcdef";
    private static final TwilioVoice VOICE = new TwilioVoice(Gather.Language.EN_CA, Say.Voice.POLLY_JOANNA_NEURAL);
    private static final ZoneId ZONE = ZoneId.of("America/Toronto");
    private static final Instant NOW = Instant.parse("2025-03-03T15:00:00Z");
    private static final Prompt MENU = new Prompt(Prompt.Kind.MENU, Purpose.BOOK,
            List.of(), null, null, null, false, false,
            Prompt.Preface.WELCOME, null, PromptVariant.STANDARD);
    private static final Prompt ASK_NAME = new Prompt(Prompt.Kind.ASK_NAME, Purpose.BOOK,
            List.of(), null, null, null, false, false,
            Prompt.Preface.NONE, null, PromptVariant.STANDARD);

    private FakeCommandGateway commands;
    private FakeCustomers customers;
    private Receptionist receptionist;
    private MockMvc mvc;

    /**
     * Answers every command with what the test chooses, and remembers what it was sent. A turn is answered as a
     * Call that had heard every earlier turn would: its prompt, and the next turn after it.
     */
    static final class FakeCommandGateway implements CommandGateway {
        final List<Object> sent = new ArrayList<>();
        Function<Object, Object> answer = command -> MENU;

        @Override
        @SuppressWarnings("unchecked")
        public <R> R sendAndWait(Object message) {
            // the receptionist sends its commands as messages carrying the webhook's attempt
            Object command = message instanceof CommandMessage<?> carried ? carried.getPayload() : message;
            sent.add(command);
            Object answered = answer.apply(command);
            if (command instanceof HandleTurn turn && answered instanceof Prompt prompt) {
                return (R) new NextTurn(prompt, turn.turn() + 1);
            }
            return (R) answered;
        }

        @Override
        public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
            return sendAndWait(command);
        }

        @Override
        public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
            throw new UnsupportedOperationException("the receptionist waits for its answers");
        }

        @Override
        public <R> CompletableFuture<R> send(Object command) {
            throw new UnsupportedOperationException("the receptionist waits for its answers");
        }

        @Override
        public Registration registerDispatchInterceptor(
                MessageDispatchInterceptor<? super CommandMessage<?>> interceptor) {
            return () -> true;
        }

        <T> T last(Class<T> type) {
            assertThat(sent).isNotEmpty();
            assertThat(sent.get(sent.size() - 1)).isInstanceOf(type);
            return type.cast(sent.get(sent.size() - 1));
        }
    }

    static final class FakeCustomers implements Customers {
        final Map<String, String> names = new HashMap<>();

        @Override
        public void remember(String phone, String name) {
            names.put(phone, name);
        }

        @Override
        public Optional<String> nameOf(String phone) {
            return Optional.ofNullable(names.get(phone));
        }

        @Override
        public void clear() {
            names.clear();
        }
    }

    @BeforeEach
    void setUp() {
        commands = new FakeCommandGateway();
        customers = new FakeCustomers();
        var rules = new BusinessRules(ZONE, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                LocalTime.of(17, 0), Duration.ofMinutes(30), Duration.ofDays(60));
        var noAppointments = new NoAppointments();
        var diary = new Diary(rules, day -> List.of(), new FreeCalendar());
        receptionist = new Receptionist(commands, customers, noAppointments, diary, new PhoneNumbers("CA"),
                new Phrasing("Bella's Salon", rules), ZONE, List.of(), PromptVariants.NONE, BoundedWork.INLINE,
                Clock.fixed(NOW, ZoneOffset.UTC), false);
        mvc = MockMvcBuilders.standaloneSetup(new VoiceWebhooks(receptionist, VOICE, null, null, null, null)).build();
    }

    private static MockHttpServletRequestBuilder voice() {
        return voiceFrom("+14165550123");
    }

    private static MockHttpServletRequestBuilder voiceFrom(String from) {
        return post("/twilio/voice").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("CallSid", CALL_SID).param("AccountSid", "AC0123456789abcdef0123456789abcdef")
                .param("From", from).param("To", "+14165550199").param("CallStatus", "ringing")
                .param("Direction", "inbound").param("ApiVersion", "2010-04-01");
    }

    private static MockHttpServletRequestBuilder gather(String turn, String expect) {
        return post("/twilio/gather").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("turn", turn).param("expect", expect)
                .param("CallSid", CALL_SID).param("CallStatus", "in-progress");
    }

    private static MockHttpServletRequestBuilder status() {
        return post("/twilio/status").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("CallSid", CALL_SID).param("CallStatus", "completed");
    }

    private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getContentAsString())
                .doesNotContain("at bella.").doesNotContain("Exception").doesNotContain("at org.");
        return result;
    }

    private static Document twiml(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(MediaType.parseMediaType(result.getResponse().getContentType()).isCompatibleWith(
                MediaType.APPLICATION_XML)).as(result.getResponse().getContentType()).isTrue();
        Document twiml = Xml.parse(result.getResponse().getContentAsString());
        assertThat(twiml.getDocumentElement().getTagName()).isEqualTo("Response");
        return twiml;
    }

    private static void assertPlainRejection(MvcResult result, int status, String reason) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.TEXT_PLAIN_VALUE);
        assertThat(result.getResponse().getContentAsString()).contains(reason);
    }

    @Test
    void givenNewCall_whenTwilioPostsTheCall_thenGreetsWithTwimlThatGathersTheFirstAnswer() throws Exception {
        Document twiml = twiml(perform(voice()));

        assertThat(Xml.names(Xml.verbs(twiml))).containsExactly("Gather", "Redirect");
        assertThat(Xml.verbs(twiml).get(0).getAttribute("action")).isEqualTo("/twilio/gather?turn=1");
        assertThat(twiml.getElementsByTagName("Say").item(0).getTextContent())
                .startsWith("Thank you for calling Bella's Salon.");
        StartCall started = commands.last(StartCall.class);
        assertThat(started.callId()).isEqualTo(CALL_SID);
        assertThat(started.from()).isEqualTo("+14165550123");
        assertThat(started.zone()).isEqualTo(ZONE);
        assertThat(started.at()).isEqualTo(NOW);
    }

    @Test
    void givenKnownCaller_whenTwilioPostsTheCall_thenTheNameReachesTheCommand() throws Exception {
        customers.remember("+14165550123", "Ann");
        commands.answer = command -> new Prompt(Prompt.Kind.MENU, Purpose.BOOK,
                List.of(), null, "Ann", null, false, false,
                Prompt.Preface.WELCOME_BACK, null, PromptVariant.STANDARD);

        Document twiml = twiml(perform(voice()));

        assertThat(commands.last(StartCall.class).knownName()).isEqualTo("Ann");
        assertThat(twiml.getElementsByTagName("Say").item(0).getTextContent()).contains("Welcome back, Ann.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"anonymous", "restricted", "+266696687", "", "<script>"})
    void givenWithheldOrUnusableFrom_whenTwilioPostsTheCall_thenAnswersWithoutANumber(String from)
            throws Exception {
        twiml(perform(voiceFrom(from)));

        assertThat(commands.last(StartCall.class).from()).isNull();
    }

    @Test
    void givenNoCallSid_whenTwilioPostsTheCall_thenBadRequestWithPlainReason() throws Exception {
        MvcResult result = perform(post("/twilio/voice").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("From", "+14165550123"));

        assertPlainRejection(result, 400, "CallSid");
        assertThat(commands.sent).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "C", "CA../../etc/passwd", "CA 123", "CA<Say>", "CA123;DROP", "CA\u00e9123",
            "CA0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"})
    void givenCallSidWithIllegalCharacters_whenAnyWebhookArrives_thenBadRequestWithPlainReason(String sid)
            throws Exception {
        assertPlainRejection(perform(voice().param("CallSid", sid)), 400, "CallSid");
        assertPlainRejection(perform(gather("2", "NAME").param("CallSid", sid)), 400, "CallSid");
        assertPlainRejection(perform(status().param("CallSid", sid)), 400, "CallSid");
        assertThat(commands.sent).isEmpty();
    }

    @Test
    void givenSpokenAnswer_whenGathered_thenHandsTheTurnOnAndGathersTheNext() throws Exception {
        commands.answer = command -> ASK_NAME;

        Document twiml = twiml(perform(gather("2", "TIME").param("SpeechResult", "Tuesday at 3")
                .param("Confidence", "0.9")));

        HandleTurn turn = commands.last(HandleTurn.class);
        assertThat(turn.callId()).isEqualTo(CALL_SID);
        assertThat(turn.turn()).isEqualTo(2);
        assertThat(turn.heard().text()).isEqualTo("Tuesday at 3");
        assertThat(turn.heard().confidence()).isEqualTo(0.9);
        assertThat(Xml.verbs(twiml).get(0).getAttribute("action")).isEqualTo("/twilio/gather?turn=3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1001", "abc", "", "1.5", "99999999999"})
    void givenUnusableTurn_whenGathered_thenBadRequestWithPlainReason(String turn) throws Exception {
        assertPlainRejection(perform(gather(turn, "NAME")), 400, "turn");
        assertThat(commands.sent).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TIME", "BOGUS", "name", "", "NAME;"})
    void givenAnOldActionUrlWithAnyExpectation_whenGathered_thenTheTurnGoesOnWithoutIt(String expect)
            throws Exception {
        commands.answer = command -> ASK_NAME;

        twiml(perform(gather("2", expect).param("SpeechResult", "Ann")));

        assertThat(commands.last(HandleTurn.class).turn()).isEqualTo(2);
        assertThat(commands.last(HandleTurn.class).heard().text()).isEqualTo("Ann");
    }

    @Test
    void givenANewActionUrlWithOnlyTheTurn_whenGathered_thenTheTurnGoesOn() throws Exception {
        commands.answer = command -> ASK_NAME;

        twiml(perform(post("/twilio/gather").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("turn", "2").param("CallSid", CALL_SID).param("SpeechResult", "Tuesday at 3")));

        assertThat(commands.last(HandleTurn.class).heard().text()).isEqualTo("Tuesday at 3");
    }

    @Test
    void givenNoTurnAtAll_whenGathered_thenBadRequestWithPlainReason() throws Exception {
        assertPlainRejection(perform(post("/twilio/gather").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("CallSid", CALL_SID).param("expect", "NAME")), 400, "turn");
    }

    @Test
    void givenCallBellaNeverAnswered_whenGathered_thenNotFoundWithPlainReason() throws Exception {
        commands.answer = command -> {
            throw new AggregateNotFoundException(CALL_SID, "The aggregate was not found in the event store");
        };

        assertPlainRejection(perform(gather("2", "NAME").param("SpeechResult", "Ann")), 404, "no such call");
    }

    @Test
    void givenCallBellaNeverAnswered_whenStatusArrives_thenNotFoundWithPlainReason() throws Exception {
        commands.answer = command -> {
            throw new AggregateNotFoundException(CALL_SID, "The aggregate was not found in the event store");
        };

        assertPlainRejection(perform(status().param("CallDuration", "12")), 404, "no such call");
    }

    @Test
    void givenTenThousandCharacterSpeech_whenGathered_thenAnswersWithValidTwimlAndCutsTheAnswer()
            throws Exception {
        commands.answer = command -> ASK_NAME;

        twiml(perform(gather("2", "TIME").param("SpeechResult", "a".repeat(10_000)).param("Confidence", "0.5")));

        assertThat(commands.last(HandleTurn.class).heard().text().length()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void givenSpeechFullOfControlCharacters_whenGathered_thenAnswersWithValidTwiml() throws Exception {
        StringBuilder garbled = new StringBuilder("Ann");
        for (char c = 1; c < 0x20; c++) {
            garbled.append(c);
        }
        garbled.append("\u007fLee");
        commands.answer = command -> ASK_NAME;

        twiml(perform(gather("4", "NAME").param("SpeechResult", garbled.toString()).param("Digits", "\u0007")));

        assertThat(commands.last(HandleTurn.class).heard().text()).doesNotContainPattern("\\p{Cntrl}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"</Say><Hangup/><Say>", "</Say></Gather><Dial>+19005550100</Dial>",
            "]]><Play>http://evil.example/a.mp3</Play>", "Robert'); DROP TABLE calls;--", "Ann\u0000\u001bLee"})
    void givenInjectionInSpeech_whenItIsEchoedBackAsTheName_thenItIsSpokenAsPlainText(String speech)
            throws Exception {
        commands.answer = command -> command instanceof HandleTurn turn
                ? new Prompt(Prompt.Kind.ASK_PHONE, Purpose.BOOK,
                        List.of(), null, turn.heard().text(), null, false, false,
                Prompt.Preface.NONE, null, PromptVariant.STANDARD)
                : MENU;
        // The domain echoes a caller's name back in a later prompt: play the same text through a greeting too.
        twiml(perform(gather("3", "NAME").param("SpeechResult", speech).param("Confidence", "0.8")));
        customers.remember("+14165550123", speech);
        commands.answer = command -> new Prompt(Prompt.Kind.MENU, Purpose.BOOK,
                List.of(), null, speech, null, false, false,
                Prompt.Preface.WELCOME_BACK, null, PromptVariant.STANDARD);

        Document twiml = twiml(perform(voice()));

        assertThat(twiml.getElementsByTagName("Say").getLength()).isEqualTo(1);
        assertThat(twiml.getElementsByTagName("Dial").getLength()).isZero();
        assertThat(twiml.getElementsByTagName("Play").getLength()).isZero();
        assertThat(twiml.getElementsByTagName("Hangup").getLength()).isZero();
        assertThat(twiml.getElementsByTagName("Say").item(0).getTextContent())
                .contains(TwimlReplies.speakable(speech));
    }

    @ParameterizedTest
    @ValueSource(strings = {"voice", "gather", "status"})
    void givenGatewayFailsUnexpectedly_whenAnyWebhookArrives_thenCallerHearsAnApologyAndTheCallEnds(String hook)
            throws Exception {
        commands.answer = command -> {
            throw new IllegalStateException("event store is locked: SQLITE_BUSY");
        };
        MockHttpServletRequestBuilder request = switch (hook) {
            case "voice" -> voice();
            case "gather" -> gather("2", "NAME").param("SpeechResult", "Ann");
            default -> status().param("CallDuration", "30");
        };

        MvcResult result = perform(request);

        assertThat(result.getResponse().getStatus()).isLessThan(500);
        if (!"status".equals(hook)) {
            Document twiml = twiml(result);
            assertThat(Xml.names(Xml.verbs(twiml))).containsExactly("Say", "Hangup");
            assertThat(twiml.getElementsByTagName("Say").item(0).getTextContent()).containsIgnoringCase("sorry");
        }
        assertThat(result.getResponse().getContentAsString()).doesNotContain("SQLITE_BUSY");
    }

    @Test
    void givenGatewayReturnsNothing_whenTheCallArrives_thenCallerHearsAnApologyRatherThanAnError()
            throws Exception {
        commands.answer = command -> null;

        Document twiml = twiml(perform(voice()));

        assertThat(Xml.names(Xml.verbs(twiml))).containsExactly("Say", "Hangup");
    }

    @Test
    void givenCallEnded_whenStatusArrives_thenNoContentAndTheEndIsRecorded() throws Exception {
        commands.answer = command -> null;

        MvcResult result = perform(status().param("CallDuration", "42"));

        assertThat(result.getResponse().getStatus()).isEqualTo(204);
        EndCall ended = commands.last(EndCall.class);
        assertThat(ended.callId()).isEqualTo(CALL_SID);
        assertThat(ended.status()).isEqualTo("completed");
        assertThat(ended.durationSeconds()).isEqualTo(42);
        assertThat(ended.at()).isEqualTo(NOW);
    }

    @Test
    void givenStatusWithoutDuration_whenItArrives_thenNoContentWithZeroSeconds() throws Exception {
        commands.answer = command -> null;

        assertThat(perform(status()).getResponse().getStatus()).isEqualTo(204);
        assertThat(commands.last(EndCall.class).durationSeconds()).isZero();
    }

    @Test
    void givenEmptyDuration_whenStatusArrives_thenNoContentWithZeroSeconds() throws Exception {
        commands.answer = command -> null;

        assertThat(perform(status().param("CallDuration", "")).getResponse().getStatus()).isEqualTo(204);
        assertThat(commands.last(EndCall.class).durationSeconds()).isZero();
    }

    @Test
    void givenOutOfRangeDurationAndLongStatus_whenStatusArrives_thenTheyAreBounded() throws Exception {
        commands.answer = command -> null;

        perform(status().param("CallDuration", "-5").param("CallStatus", "x".repeat(500)));
        assertThat(commands.last(EndCall.class).durationSeconds()).isZero();
        assertThat(commands.last(EndCall.class).status()).hasSize(32);

        perform(status().param("CallDuration", "999999999"));
        assertThat(commands.last(EndCall.class).durationSeconds()).isEqualTo(86_400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "12s", "-", "99999999999999999999"})
    void givenUnreadableDuration_whenStatusArrives_thenBadRequestWithPlainReason(String duration)
            throws Exception {
        assertPlainRejection(perform(status().param("CallDuration", duration)), 400, "CallDuration");
        assertThat(commands.sent).isEmpty();
    }

    @Test
    void givenSignatureFilter_whenUnsignedRequestArrives_thenForbiddenAndTheReceptionistIsNotCalled()
            throws Exception {
        MockMvc guarded = MockMvcBuilders
                .standaloneSetup(new VoiceWebhooks(receptionist, VOICE, null, null, null, null))
                .addFilters(new TwilioSignatures("12345678901234567890123456789012", RequestedUrls.asReceived()))
                .build();

        MvcResult result = guarded.perform(voice()).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(commands.sent).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/twilio;x=1/voice", "/%74wilio/voice"})
    void givenSignatureFilter_whenUnsignedRequestDisguisesTheTwilioPath_thenForbidden(String path)
            throws Exception {
        MockMvc guarded = MockMvcBuilders
                .standaloneSetup(new VoiceWebhooks(receptionist, VOICE, null, null, null, null))
                .addFilters(new TwilioSignatures("12345678901234567890123456789012", RequestedUrls.asReceived()))
                .build();

        MvcResult result = guarded.perform(post(URI.create(path)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("CallSid", CALL_SID).param("From", "+14165550123")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(commands.sent).isEmpty();
    }

    @Test
    void givenGet_whenTheCallWebhookIsFetched_thenItIsNotServed() throws Exception {
        MvcResult result = mvc.perform(get("/twilio/voice").param("CallSid", CALL_SID)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(405);
        assertThat(commands.sent).isEmpty();
    }

    /** An owner who is never busy. */
    static final class FreeCalendar implements Calendar {

        @Override
        public List<Slot> busy(Slot window) {
            return List.of();
        }

        @Override
        public void forget() {
        }
    }

    /** A read model in which nobody has booked anything yet. */
    static final class NoAppointments implements Appointments {

        @Override
        public void add(AppointmentView appointment) {
        }

        @Override
        public void move(String id, Instant start, Instant end) {
        }

        @Override
        public Optional<AppointmentView> find(String id) {
            return Optional.empty();
        }

        @Override
        public void cancel(String id) {
        }

        @Override
        public List<AppointmentView> overlapping(Instant from, Instant to) {
            return List.of();
        }

        @Override
        public List<AppointmentView> upcomingFor(String phone, Instant after) {
            return List.of();
        }

        @Override
        public void clear() {
        }
    }
}
