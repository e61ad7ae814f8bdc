package bella.adapters.calendar;

import bella.application.availability.Calendar;
import bella.application.calendar.CalendarEntry;
import bella.application.calendar.CalendarEvents.MirrorFailed;
import bella.domain.MovableClock;
import bella.domain.booking.Slot;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** GoogleCalendar against a local fake of Calendar v3 and Google's OAuth token endpoint, speaking their JSON. */
class GoogleCalendarTest {

    @RegisterExtension
    static final WireMockExtension google = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final ServiceAccountKey KEY = ServiceAccountKey.generate();
    private static final String CALENDAR_ID = "owner@example.com";
    private static final String EVENTS = "/calendar/v3/calendars/owner@example.com/events";
    private static final String FREE_BUSY = "/calendar/v3/freeBusy";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Slot MONDAY = new Slot(Instant.parse("2025-03-10T07:00:00Z"), Instant.parse("2025-03-10T17:00:00Z"));
    private static final CalendarEntry HAIRCUT = new CalendarEntry("appointment-42",
            Instant.parse("2025-03-10T08:00:00Z"), Instant.parse("2025-03-10T08:30:00Z"),
            "Haircut: Ada Lovelace", "Booked by phone, +44 20 7946 0000");
    private static final String HAIRCUT_EVENT_ID = GoogleCalendar.eventId("appointment-42");
    /**
     * Far beyond any exchange with the local fake, even on a cold, busy machine: only the tests of the bound itself
     * let the client give up, on an answer that is {@linkplain HeldAnswers held} until they end.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String TOKEN = """
            {"access_token":"t","expires_in":3600,"token_type":"Bearer"}""";

    private final MovableClock clock = new MovableClock(Instant.parse("2025-03-09T12:00:00Z"));

    /**
     * The first exchange of a JVM loads and links the HTTP client, which can take longer than the bound on a busy
     * machine; done once here with patience, so the bound's tests measure the bound, not class loading.
     */
    @BeforeAll
    static void firstExchange() {
        google.stubFor(post("/token").willReturn(okJson(TOKEN)));
        google.stubFor(post(FREE_BUSY).willReturn(okJson(freeBusy("[]"))));
        new GoogleCalendar(new GoogleCalendarSettings(KEY.json(google.baseUrl() + "/token"), CALENDAR_ID, null, null,
                BERLIN, google.baseUrl(), PATIENCE, Duration.ZERO), Clock.systemUTC()).busy(MONDAY);
        google.resetAll();
    }

    @BeforeEach
    void tokenEndpoint() {
        google.stubFor(post("/token").willReturn(okJson(TOKEN)));
    }

    // ---- busy ----

    @Test
    void givenBusyPeriods_whenAskedForAWindow_thenQueriesFreeBusyInTheBusinessZoneWithTheToken() {
        google.stubFor(post(FREE_BUSY).willReturn(okJson(freeBusy("""
                [{"start":"2025-03-10T09:00:00Z","end":"2025-03-10T10:00:00Z"},
                 {"start":"2025-03-10T14:30:00Z","end":"2025-03-10T15:00:00Z"}]"""))));

        var busy = calendar().busy(MONDAY);

        assertThat(busy).containsExactly(
                new Slot(Instant.parse("2025-03-10T09:00:00Z"), Instant.parse("2025-03-10T10:00:00Z")),
                new Slot(Instant.parse("2025-03-10T14:30:00Z"), Instant.parse("2025-03-10T15:00:00Z")));
        google.verify(1, postRequestedFor(urlPathEqualTo(FREE_BUSY))
                .withHeader("Authorization", equalTo("Bearer t"))
                .withRequestBody(equalToJson("""
                        {"timeMin":"2025-03-10T08:00:00.000+01:00","timeMax":"2025-03-10T18:00:00.000+01:00",
                         "timeZone":"Europe/Berlin","items":[{"id":"owner@example.com"}]}""")));
    }

    @Test
    void givenBusyPeriodsInOtherZonesAndOffsets_whenAsked_thenTheyBecomeTheRightInstants() {
        google.stubFor(post(FREE_BUSY).willReturn(okJson(freeBusy("""
                [{"start":"2025-03-10T10:00:00+01:00","end":"2025-03-10T11:00:00.000+01:00"},
                 {"start":"2025-03-10T17:30:00+05:30","end":"2025-03-10T18:15:00+05:30"},
                 {"start":"2025-03-10T06:00:00-08:00","end":"2025-03-10T06:45:30.250-08:00"},
                 {"start":"2025-03-10T07:00:00z","end":"2025-03-10T07:30:00Z"}]"""))));

        var busy = calendar().busy(MONDAY);

        assertThat(busy).containsExactly(
                new Slot(Instant.parse("2025-03-10T09:00:00Z"), Instant.parse("2025-03-10T10:00:00Z")),
                new Slot(Instant.parse("2025-03-10T12:00:00Z"), Instant.parse("2025-03-10T12:45:00Z")),
                new Slot(Instant.parse("2025-03-10T14:00:00Z"), Instant.parse("2025-03-10T14:45:30.250Z")),
                new Slot(Instant.parse("2025-03-10T07:00:00Z"), Instant.parse("2025-03-10T07:30:00Z")));
    }

    @Test
    void givenAFreeCalendar_whenAsked_thenNothingIsBusy() {
        google.stubFor(post(FREE_BUSY).willReturn(okJson(freeBusy("[]"))));

        assertThat(calendar().busy(MONDAY)).isEmpty();
    }

    @Test
    void givenABusyPeriodOutsideTheWindow_whenAsked_thenItIsLeftOut() {
        google.stubFor(post(FREE_BUSY).willReturn(okJson(freeBusy("""
                [{"start":"2025-03-10T05:00:00Z","end":"2025-03-10T07:00:00Z"},
                 {"start":"2025-03-10T16:30:00Z","end":"2025-03-10T18:00:00Z"}]"""))));

        assertThat(calendar().busy(MONDAY)).containsExactly(
                new Slot(Instant.parse("2025-03-10T16:30:00Z"), Instant.parse("2025-03-10T18:00:00Z")));
    }

    @Test
    void givenAnAnswer_whenTheSameWindowIsAskedAgain_thenTheCalendarIsAskedOnce() {
        google.stubFor(post(FREE_BUSY).willReturn(okJson(freeBusy("[]"))));
        var calendar = calendar();

        calendar.busy(MONDAY);
        calendar.busy(MONDAY);

        google.verify(1, postRequestedFor(urlPathEqualTo(FREE_BUSY)));
    }

    @Test
    void givenAnAnswer_whenAnotherWindowIsAsked_thenTheCalendarIsAskedAgain() {
        google.stubFor(post(FREE_BUSY).willReturn(okJson(freeBusy("[]"))));
        var calendar = calendar();

        calendar.busy(MONDAY);
        calendar.busy(new Slot(MONDAY.start(), MONDAY.end().plusSeconds(3600)));

        google.verify(2, postRequestedFor(urlPathEqualTo(FREE_BUSY)));
    }

    @Test
    void givenAnAnswer_whenForgotten_thenTheNextQuestionSeesTheNewBusyTime() {
        google.stubFor(post(FREE_BUSY).inScenario("booking").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(freeBusy("[]"))).willSetStateTo("booked"));
        google.stubFor(post(FREE_BUSY).inScenario("booking").whenScenarioStateIs("booked")
                .willReturn(okJson(freeBusy("""
                        [{"start":"2025-03-10T08:00:00Z","end":"2025-03-10T08:30:00Z"}]"""))));
        var calendar = calendar();
        assertThat(calendar.busy(MONDAY)).isEmpty();

        calendar.forget();

        assertThat(calendar.busy(MONDAY)).containsExactly(
                new Slot(Instant.parse("2025-03-10T08:00:00Z"), Instant.parse("2025-03-10T08:30:00Z")));
        google.verify(2, postRequestedFor(urlPathEqualTo(FREE_BUSY)));
    }

    @Test
    void givenAnAnswer_whenItsTimeIsUp_thenTheCalendarIsAskedAgain() {
        google.stubFor(post(FREE_BUSY).willReturn(okJson(freeBusy("[]"))));
        var calendar = calendar(PATIENCE, Duration.ofSeconds(60), null);

        calendar.busy(MONDAY);
        clock.move(Duration.ofSeconds(59));
        calendar.busy(MONDAY);
        google.verify(1, postRequestedFor(urlPathEqualTo(FREE_BUSY)));

        clock.move(Duration.ofSeconds(1));
        calendar.busy(MONDAY);
        google.verify(2, postRequestedFor(urlPathEqualTo(FREE_BUSY)));
    }

    @Test
    void givenNoCache_whenAskedTwice_thenTheCalendarIsAskedTwice() {
        google.stubFor(post(FREE_BUSY).willReturn(okJson(freeBusy("[]"))));
        var calendar = calendar(PATIENCE, Duration.ZERO, null);

        calendar.busy(MONDAY);
        calendar.busy(MONDAY);

        google.verify(2, postRequestedFor(urlPathEqualTo(FREE_BUSY)));
    }

    @Test
    void givenAFailure_whenAskedAgainSoon_thenTheFailureIsRememberedAndGoogleIsNotAskedAgain() {
        google.stubFor(post(FREE_BUSY).willReturn(aResponse().withStatus(503)));
        var calendar = calendar();

        assertThatThrownBy(() -> calendar.busy(MONDAY)).isExactlyInstanceOf(Calendar.Unavailable.class);
        assertThatThrownBy(() -> calendar.busy(MONDAY)).isExactlyInstanceOf(Calendar.Unavailable.class);
        google.verify(1, postRequestedFor(urlPathEqualTo(FREE_BUSY)));
    }

    @Test
    void givenAFailure_whenAskedAgainLater_thenGoogleIsAskedAgain() {
        google.stubFor(post(FREE_BUSY).inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        google.stubFor(post(FREE_BUSY).inScenario("outage").whenScenarioStateIs("recovered")
                .willReturn(okJson(freeBusy("[]"))));
        var calendar = calendar();

        assertThatThrownBy(() -> calendar.busy(MONDAY)).isExactlyInstanceOf(Calendar.Unavailable.class);
        clock.move(GoogleCalendar.OPEN_FOR.plusMillis(1));
        assertThat(calendar.busy(MONDAY)).isEmpty();
    }

    @Test
    void givenAWideWindowAnswered_whenANarrowerOneInsideIsAsked_thenItIsAnsweredFromTheWideOne() {
        google.stubFor(post(FREE_BUSY).willReturn(okJson(freeBusy("""
                [{"start":"2025-03-10T09:00:00Z","end":"2025-03-10T10:00:00Z"},
                 {"start":"2025-03-10T15:00:00Z","end":"2025-03-10T16:00:00Z"}]"""))));
        var calendar = calendar();
        calendar.busy(MONDAY);

        var morning = new Slot(Instant.parse("2025-03-10T08:00:00Z"), Instant.parse("2025-03-10T12:00:00Z"));
        assertThat(calendar.busy(morning)).containsExactly(
                new Slot(Instant.parse("2025-03-10T09:00:00Z"), Instant.parse("2025-03-10T10:00:00Z")));
        google.verify(1, postRequestedFor(urlPathEqualTo(FREE_BUSY)));
    }

    static Stream<Arguments> unusableFreeBusyAnswers() {
        return Stream.of(
                Arguments.of("500", googleError(500, "Backend Error", "backendError")),
                Arguments.of("503", googleError(503, "The service is currently unavailable.", "backendError")),
                Arguments.of("403 rateLimitExceeded", googleError(403, "Rate Limit Exceeded", "rateLimitExceeded")),
                Arguments.of("429", googleError(429, "Rate Limit Exceeded", "rateLimitExceeded")),
                Arguments.of("404", googleError(404, "Not Found", "notFound")),
                Arguments.of("malformed JSON", okJson("{\"kind\":\"calendar#freeBusy\",\"calendars\":{")),
                Arguments.of("HTML instead of JSON", aResponse().withStatus(200)
                        .withHeader("Content-Type", "text/html").withBody("<html>Sign in</html>")),
                Arguments.of("a huge answer", okJson(hugeFreeBusy())),
                Arguments.of("an error inside the calendar's entry", okJson("""
                        {"kind":"calendar#freeBusy","timeMin":"2025-03-10T07:00:00.000Z",
                         "timeMax":"2025-03-10T17:00:00.000Z",
                         "calendars":{"owner@example.com":{"errors":[{"domain":"global","reason":"notFound"}],
                                                          "busy":[]}}}""")),
                Arguments.of("no entry for the calendar", okJson("""
                        {"kind":"calendar#freeBusy","timeMin":"2025-03-10T07:00:00.000Z",
                         "timeMax":"2025-03-10T17:00:00.000Z","calendars":{}}""")),
                Arguments.of("a period ending before it starts", okJson(freeBusy("""
                        [{"start":"2025-03-10T10:00:00Z","end":"2025-03-10T09:00:00Z"}]"""))),
                Arguments.of("a period without an end", okJson(freeBusy("""
                        [{"start":"2025-03-10T10:00:00Z"}]"""))),
                Arguments.of("a date instead of a time", okJson(freeBusy("""
                        [{"start":"2025-03-10","end":"2025-03-11"}]"""))),
                Arguments.of("a time that is no time", okJson(freeBusy("""
                        [{"start":"ten o'clock","end":"2025-03-10T11:00:00Z"}]"""))),
                Arguments.of("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
                Arguments.of("garbage on the wire", aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusableFreeBusyAnswers")
    void givenAnUnusableAnswer_whenAsked_thenTheCalendarIsUnavailable(String what, ResponseDefinitionBuilder answer) {
        google.stubFor(post(FREE_BUSY).willReturn(answer));

        assertThatThrownBy(() -> calendar(PATIENCE, Duration.ofSeconds(60), null).busy(MONDAY))
                .isExactlyInstanceOf(Calendar.Unavailable.class);
    }

    @Test
    void givenNoAnswerWithinTheTimeout_whenAsked_thenTheCalendarIsUnavailableAfterWaitingForGoogle() {
        try (var late = new HeldAnswers()) {
            late.answer(post("/token"), okJson(TOKEN));
            late.holdAnswer(post(FREE_BUSY), okJson(freeBusy("[]")));

            assertThatThrownBy(() -> boundedCalendarOn(late).busy(MONDAY))
                    .isExactlyInstanceOf(Calendar.Unavailable.class);
            assertThat(late.arrived()).as("the question reached Google before the client gave up").isTrue();
        }
    }

    @Test
    void givenTheTokenEndpointFails_whenAsked_thenTheCalendarIsUnavailable() {
        google.stubFor(post("/token").willReturn(aResponse().withStatus(500)));
        google.stubFor(post(FREE_BUSY).willReturn(okJson(freeBusy("[]"))));

        assertThatThrownBy(() -> calendar().busy(MONDAY)).isExactlyInstanceOf(Calendar.Unavailable.class);
        google.verify(0, postRequestedFor(urlPathEqualTo(FREE_BUSY)));
    }

    @Test
    void givenAServiceAccount_whenTheTokenIsFetched_thenTheAssertionIsSignedByItsKeyAndScopedToCalendar() throws Exception {
        google.stubFor(post(FREE_BUSY).willReturn(okJson(freeBusy("[]"))));

        calendar().busy(MONDAY);

        var tokenRequests = google.findAll(postRequestedFor(urlPathEqualTo("/token"))
                .withRequestBody(containing("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer")));
        assertThat(tokenRequests).hasSize(1);
        var assertion = formField(tokenRequests.get(0).getBodyAsString(), "assertion");
        assertThat(KEY.signed(assertion)).isTrue();
        var claims = new String(Base64.getUrlDecoder().decode(assertion.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(claims)
                .contains("\"iss\":\"bella@bella-test.iam.gserviceaccount.com\"")
                .contains("\"scope\":\"https://www.googleapis.com/auth/calendar\"")
                .contains("\"aud\":\"https://oauth2.googleapis.com/token\"");
    }

    @Test
    void givenTheKeyInAFile_whenAsked_thenItIsUsed(@TempDir Path directory) throws Exception {
        var keyFile = Files.writeString(directory.resolve("key.json"), KEY.json(google.baseUrl() + "/token"));
        google.stubFor(post(FREE_BUSY).willReturn(okJson(freeBusy("[]"))));
        var calendar = GoogleCalendar.from(new GoogleCalendarSettings(keyFile.toString(), CALENDAR_ID, null, null,
                BERLIN, google.baseUrl(), PATIENCE, Duration.ZERO), Clock.systemUTC());

        assertThat(calendar.busy(MONDAY)).isEmpty();
        google.verify(1, postRequestedFor(urlPathEqualTo(FREE_BUSY)).withHeader("Authorization", equalTo("Bearer t")));
    }

    // ---- put ----

    @Test
    void givenANewAppointment_whenPut_thenInsertsOneEventWithItsIdZoneRemindersAndNoAttendees() {
        google.stubFor(post(EVENTS).willReturn(okJson(event())));

        calendar(PATIENCE, Duration.ZERO, "desk@salon.example").put(HAIRCUT);

        google.verify(1, postRequestedFor(urlPathEqualTo(EVENTS))
                .withHeader("Authorization", equalTo("Bearer t"))
                .withRequestBody(equalToJson("""
                        {"id":"%s",
                         "summary":"Haircut: Ada Lovelace",
                         "description":"Booked by phone, +44 20 7946 0000",
                         "status":"confirmed",
                         "start":{"dateTime":"2025-03-10T09:00:00.000+01:00","timeZone":"Europe/Berlin"},
                         "end":{"dateTime":"2025-03-10T09:30:00.000+01:00","timeZone":"Europe/Berlin"},
                         "reminders":{"useDefault":false,"overrides":[{"method":"email","minutes":1440},
                                                                     {"method":"popup","minutes":30}]}}"""
                        .formatted(HAIRCUT_EVENT_ID))));
        google.verify(0, patchRequestedFor(urlPathEqualTo(EVENTS + "/" + HAIRCUT_EVENT_ID)));
    }

    @Test
    void givenNoBusinessEmail_whenPut_thenTheEventHasNoAttendees() {
        google.stubFor(post(EVENTS).willReturn(okJson(event())));

        calendar().put(HAIRCUT);

        google.verify(1, postRequestedFor(urlPathEqualTo(EVENTS))
                .withRequestBody(matchingJsonPath("$.id", equalTo(HAIRCUT_EVENT_ID)))
                .withRequestBody(matchingJsonPath("$.attendees", absent())));
    }

    @Test
    void givenTheEventExists_whenPut_thenPatchesItInsteadOfMakingASecond() {
        google.stubFor(post(EVENTS).willReturn(googleError(409, "The requested identifier already exists.", "duplicate")));
        google.stubFor(patch(urlPathEqualTo(EVENTS + "/" + HAIRCUT_EVENT_ID)).willReturn(okJson(event())));
        var moved = new CalendarEntry("appointment-42", Instant.parse("2025-03-11T13:00:00Z"),
                Instant.parse("2025-03-11T13:30:00Z"), "Haircut: Ada Lovelace", "Moved by phone");

        calendar(PATIENCE, Duration.ZERO, "desk@salon.example").put(moved);

        google.verify(1, postRequestedFor(urlPathEqualTo(EVENTS))
                .withRequestBody(matchingJsonPath("$.id", equalTo(HAIRCUT_EVENT_ID))));
        google.verify(1, patchRequestedFor(urlPathEqualTo(EVENTS + "/" + HAIRCUT_EVENT_ID))
                .withHeader("Authorization", equalTo("Bearer t"))
                .withRequestBody(equalToJson("""
                        {"summary":"Haircut: Ada Lovelace",
                         "description":"Moved by phone",
                         "status":"confirmed",
                         "start":{"dateTime":"2025-03-11T14:00:00.000+01:00","timeZone":"Europe/Berlin"},
                         "end":{"dateTime":"2025-03-11T14:30:00.000+01:00","timeZone":"Europe/Berlin"},
                         "reminders":{"useDefault":false,"overrides":[{"method":"email","minutes":1440},
                                                                     {"method":"popup","minutes":30}]}}""")));
    }

    @Test
    void givenARetriedPut_whenTheFirstSucceeded_thenTheSecondUpdatesTheSameEvent() {
        google.stubFor(post(EVENTS).inScenario("retry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(event())).willSetStateTo("exists"));
        google.stubFor(post(EVENTS).inScenario("retry").whenScenarioStateIs("exists")
                .willReturn(googleError(409, "The requested identifier already exists.", "duplicate")));
        google.stubFor(patch(urlPathEqualTo(EVENTS + "/" + HAIRCUT_EVENT_ID)).willReturn(okJson(event())));
        var calendar = calendar();

        calendar.put(HAIRCUT);
        calendar.put(HAIRCUT);

        google.verify(2, postRequestedFor(urlPathEqualTo(EVENTS))
                .withRequestBody(matchingJsonPath("$.id", equalTo(HAIRCUT_EVENT_ID))));
        google.verify(1, patchRequestedFor(urlPathEqualTo(EVENTS + "/" + HAIRCUT_EVENT_ID)));
    }

    static Stream<Arguments> failedWrites() {
        return Stream.of(
                Arguments.of("429", googleError(429, "Rate Limit Exceeded", "rateLimitExceeded"), true),
                Arguments.of("500", googleError(500, "Backend Error", "backendError"), true),
                Arguments.of("503", aResponse().withStatus(503), true),
                Arguments.of("403 rateLimitExceeded", googleError(403, "Rate Limit Exceeded", "rateLimitExceeded"), true),
                Arguments.of("403 userRateLimitExceeded",
                        googleError(403, "User Rate Limit Exceeded", "userRateLimitExceeded"), true),
                Arguments.of("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), true),
                Arguments.of("403 forbidden", googleError(403, "You need to have writer access to this calendar.",
                        "requiredAccessLevel"), false),
                Arguments.of("403 forbiddenForServiceAccounts", googleError(403,
                        "Service accounts cannot invite attendees without Domain-Wide Delegation of Authority.",
                        "forbiddenForServiceAccounts"), false),
                Arguments.of("400", googleError(400, "Invalid resource id value.", "invalid"), false),
                Arguments.of("404", googleError(404, "Not Found", "notFound"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failedWrites")
    void givenARefusedInsert_whenPut_thenMirrorFailedSaysWhetherToRetry(String what, ResponseDefinitionBuilder answer,
                                                                        boolean retryable) {
        google.stubFor(post(EVENTS).willReturn(answer));

        assertThatThrownBy(() -> calendar().put(HAIRCUT))
                .isExactlyInstanceOf(MirrorFailed.class)
                .satisfies(failure -> assertThat(((MirrorFailed) failure).retryable()).isEqualTo(retryable));
    }

    @Test
    void givenNoAnswerWithinTheTimeout_whenPut_thenMirrorFailedIsRetryable() {
        try (var late = new HeldAnswers()) {
            late.answer(post("/token"), okJson(TOKEN));
            late.holdAnswer(post(EVENTS), okJson(event()));

            assertThatThrownBy(() -> boundedCalendarOn(late).put(HAIRCUT))
                    .isExactlyInstanceOf(MirrorFailed.class)
                    .satisfies(failure -> assertThat(((MirrorFailed) failure).retryable()).isTrue());
            assertThat(late.arrived()).as("the event reached Google before the client gave up").isTrue();
        }
    }

    @Test
    void givenTheEventExists_whenThePatchFails_thenMirrorFailedSaysWhetherToRetry() {
        google.stubFor(post(EVENTS).willReturn(googleError(409, "The requested identifier already exists.", "duplicate")));
        google.stubFor(patch(urlPathEqualTo(EVENTS + "/" + HAIRCUT_EVENT_ID))
                .willReturn(googleError(503, "Backend Error", "backendError")));

        assertThatThrownBy(() -> calendar().put(HAIRCUT))
                .isExactlyInstanceOf(MirrorFailed.class)
                .satisfies(failure -> assertThat(((MirrorFailed) failure).retryable()).isTrue());
    }

    // ---- remove ----

    @Test
    void givenAnEvent_whenRemoved_thenDeletesItById() {
        google.stubFor(delete(urlPathEqualTo(EVENTS + "/" + HAIRCUT_EVENT_ID)).willReturn(noContent()));

        calendar().remove("appointment-42");

        google.verify(1, deleteRequestedFor(urlPathEqualTo(EVENTS + "/" + HAIRCUT_EVENT_ID))
                .withHeader("Authorization", equalTo("Bearer t")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goneAnswers")
    void givenTheEventIsAlreadyGone_whenRemoved_thenThatIsDone(int status, String reason) {
        google.stubFor(delete(urlPathEqualTo(EVENTS + "/" + HAIRCUT_EVENT_ID))
                .willReturn(googleError(status, reason, status == 404 ? "notFound" : "deleted")));

        assertThatCode(() -> calendar().remove("appointment-42")).doesNotThrowAnyException();
    }

    static Stream<Arguments> goneAnswers() {
        return Stream.of(Arguments.of(404, "Not Found"), Arguments.of(410, "Resource has been deleted"));
    }

    @Test
    void givenAnOutage_whenRemoved_thenMirrorFailedIsRetryable() {
        google.stubFor(delete(urlPathEqualTo(EVENTS + "/" + HAIRCUT_EVENT_ID))
                .willReturn(googleError(500, "Backend Error", "backendError")));

        assertThatThrownBy(() -> calendar().remove("appointment-42"))
                .isExactlyInstanceOf(MirrorFailed.class)
                .satisfies(failure -> assertThat(((MirrorFailed) failure).retryable()).isTrue());
    }

    @Test
    void givenNoWriteAccess_whenRemoved_thenMirrorFailedIsNotRetryable() {
        google.stubFor(delete(urlPathEqualTo(EVENTS + "/" + HAIRCUT_EVENT_ID))
                .willReturn(googleError(403, "You need to have writer access to this calendar.", "requiredAccessLevel")));

        assertThatThrownBy(() -> calendar().remove("appointment-42"))
                .isExactlyInstanceOf(MirrorFailed.class)
                .satisfies(failure -> assertThat(((MirrorFailed) failure).retryable()).isFalse());
    }

    // ---- the fake's vocabulary ----

    private GoogleCalendar calendar() {
        return calendar(PATIENCE, Duration.ofSeconds(60), null);
    }

    private GoogleCalendar calendar(Duration timeout, Duration cacheFor, String businessEmail) {
        return new GoogleCalendar(new GoogleCalendarSettings(KEY.json(google.baseUrl() + "/token"), CALENDAR_ID,
                businessEmail, null, BERLIN, google.baseUrl(), timeout, cacheFor), clock);
    }

    /** A calendar on the given fake with the default bound on each exchange. */
    private GoogleCalendar boundedCalendarOn(HeldAnswers fake) {
        return new GoogleCalendar(new GoogleCalendarSettings(KEY.json(fake.baseUrl() + "/token"), CALENDAR_ID, null,
                null, BERLIN, fake.baseUrl(), GoogleCalendarSettings.DEFAULT_TIMEOUT, Duration.ZERO), clock);
    }

    private static String freeBusy(String busy) {
        return """
                {"kind":"calendar#freeBusy","timeMin":"2025-03-10T07:00:00.000Z","timeMax":"2025-03-10T17:00:00.000Z",
                 "calendars":{"owner@example.com":{"busy":%s}}}""".formatted(busy);
    }

    private static String hugeFreeBusy() {
        var period = "{\"start\":\"2025-03-10T09:00:00Z\",\"end\":\"2025-03-10T10:00:00Z\"},";
        var periods = period.repeat((int) (GoogleCalendar.MAX_ANSWER_BYTES / period.length()) + 10);
        return freeBusy("[" + periods.substring(0, periods.length() - 1) + "]");
    }

    private static String event() {
        return """
                {"kind":"calendar#event","id":"%s","status":"confirmed","summary":"Haircut: Ada Lovelace",
                 "start":{"dateTime":"2025-03-10T09:00:00+01:00","timeZone":"Europe/Berlin"},
                 "end":{"dateTime":"2025-03-10T09:30:00+01:00","timeZone":"Europe/Berlin"}}""".formatted(HAIRCUT_EVENT_ID);
    }

    private static ResponseDefinitionBuilder googleError(int status, String message, String reason) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody("""
                        {"error":{"code":%d,"message":"%s","errors":[{"domain":"global","reason":"%s","message":"%s"}]}}"""
                        .formatted(status, message, reason, message));
    }

    private static String formField(String form, String name) {
        return Stream.of(form.split("&"))
                .filter(field -> field.startsWith(name + "="))
                .map(field -> URLDecoder.decode(field.substring(name.length() + 1), StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow();
    }
}
