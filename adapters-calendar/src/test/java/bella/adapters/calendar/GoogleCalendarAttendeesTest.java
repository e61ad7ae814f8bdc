package bella.adapters.calendar;

import bella.application.calendar.CalendarEntry;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is invited to the owner's events, against a fake of Google that refuses attendees as Google does: an event
 * with attendees, written with a token the service account obtained for itself (an assertion without {@code sub}),
 * is answered 403 {@code forbiddenForServiceAccounts}; a token obtained for a Workspace user may invite.
 */
class GoogleCalendarAttendeesTest {

    @RegisterExtension
    static final WireMockExtension google = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final ServiceAccountKey KEY = ServiceAccountKey.generate();
    private static final String EVENTS = "/calendar/v3/calendars/owner@salon.example/events";
    private static final String BUSINESS = "desk@salon.example";
    private static final String OWNER = "owner@salon.example";
    private static final CalendarEntry HAIRCUT = new CalendarEntry("appointment-42",
            Instant.parse("2025-03-10T08:00:00Z"), Instant.parse("2025-03-10T08:30:00Z"),
            "Haircut: Ada Lovelace", "Booked by phone");
    private static final CalendarEntry BEARD_TRIM = new CalendarEntry("appointment-43",
            Instant.parse("2025-03-10T09:00:00Z"), Instant.parse("2025-03-10T09:30:00Z"),
            "Beard trim: Alan Turing", "Booked by phone");

    @BeforeEach
    void googleAsItAnswersAServiceAccount() {
        google.stubFor(post("/token").willReturn(token("own")));
        google.stubFor(post(urlPathEqualTo(EVENTS)).willReturn(okJson("{\"status\":\"confirmed\"}")));
        google.stubFor(patch(urlPathMatching(EVENTS + "/.*")).willReturn(okJson("{\"status\":\"confirmed\"}")));
        google.stubFor(post(urlPathEqualTo(EVENTS)).atPriority(1)
                .withHeader("Authorization", equalTo("Bearer own"))
                .withRequestBody(matchingJsonPath("$.attendees"))
                .willReturn(attendeesRefused()));
        google.stubFor(patch(urlPathMatching(EVENTS + "/.*")).atPriority(1)
                .withHeader("Authorization", equalTo("Bearer own"))
                .withRequestBody(matchingJsonPath("$.attendees"))
                .willReturn(attendeesRefused()));
    }

    @Test
    void givenABusinessEmailButNoSubject_whenPut_thenTheEventIsWrittenWithoutAttendees() {
        calendar(null).put(HAIRCUT);

        assertThat(subjects()).containsExactly("none");
        google.verify(1, postRequestedFor(urlPathEqualTo(EVENTS))
                .withRequestBody(matchingJsonPath("$.attendees", absent())));
        google.verify(1, postRequestedFor(urlPathEqualTo(EVENTS)));
    }

    @Test
    void givenASubjectWithDelegation_whenPut_thenTheTokenIsTheUsersAndTheBusinessIsInvited() {
        delegationGranted();

        calendar(OWNER).put(HAIRCUT);

        assertThat(subjects()).containsExactly(OWNER);
        google.verify(1, postRequestedFor(urlPathEqualTo(EVENTS))
                .withHeader("Authorization", equalTo("Bearer delegated"))
                .withRequestBody(matchingJsonPath("$.attendees[0].email", equalTo(BUSINESS))));
        google.verify(1, postRequestedFor(urlPathEqualTo(EVENTS)));
    }

    @Test
    void givenASubjectWithDelegationAndAnExistingEvent_whenPut_thenThePatchInvitesTheBusiness() {
        delegationGranted();
        google.stubFor(post(urlPathEqualTo(EVENTS)).atPriority(1).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(error(409, "The requested identifier already exists.", "duplicate"))));

        calendar(OWNER).put(HAIRCUT);

        google.verify(1, patchRequestedFor(urlPathEqualTo(EVENTS + "/" + GoogleCalendar.eventId("appointment-42")))
                .withRequestBody(matchingJsonPath("$.attendees[0].email", equalTo(BUSINESS))));
    }

    @Test
    void givenASubjectGoogleDoesNotHonour_whenPut_thenTheEventIsWrittenWithoutAttendeesFromThenOn() {
        var calendar = calendar(OWNER);

        calendar.put(HAIRCUT);
        calendar.put(BEARD_TRIM);

        assertThat(subjects()).containsExactly(OWNER);
        var writes = google.findAll(postRequestedFor(urlPathEqualTo(EVENTS)));
        assertThat(writes).extracting(GoogleCalendarAttendeesTest::invited)
                .containsExactly(List.of(BUSINESS), List.of(), List.of());
        assertThat(writes.get(1).getBodyAsString()).contains(GoogleCalendar.eventId("appointment-42"));
        assertThat(writes.get(2).getBodyAsString()).contains(GoogleCalendar.eventId("appointment-43"));
    }

    /** Google's token endpoint as it answers once the Workspace admin granted the service account delegation. */
    private void delegationGranted() {
        google.stubFor(post("/token").atPriority(1)
                .andMatching(request -> MatchResult.of(!subject(request).equals("none")))
                .willReturn(token("delegated")));
    }

    private GoogleCalendar calendar(String subject) {
        return new GoogleCalendar(new GoogleCalendarSettings(KEY.json(google.baseUrl() + "/token"), OWNER, BUSINESS,
                subject, ZoneId.of("Europe/Berlin"), google.baseUrl(), Duration.ofSeconds(30), Duration.ZERO),
                Clock.systemUTC());
    }

    /** The {@code sub} claim of each token request's signed assertion, "none" when it has none. */
    private static List<String> subjects() {
        return google.findAll(postRequestedFor(urlPathEqualTo("/token"))).stream()
                .map(GoogleCalendarAttendeesTest::subject)
                .toList();
    }

    private static String subject(Request tokenRequest) {
        var assertion = Stream.of(tokenRequest.getBodyAsString().split("&"))
                .filter(field -> field.startsWith("assertion="))
                .map(field -> URLDecoder.decode(field.substring("assertion=".length()), StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow();
        try {
            assertThat(KEY.signed(assertion)).as("signed by the service account's key").isTrue();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        var claims = new String(Base64.getUrlDecoder().decode(assertion.split("\\.")[1]), StandardCharsets.UTF_8);
        var sub = claims.indexOf("\"sub\":\"");
        return sub < 0 ? "none" : claims.substring(sub + 7, claims.indexOf('"', sub + 7));
    }

    private static List<String> invited(LoggedRequest write) {
        return JsonPath.parse(write.getBodyAsString()).read("$..attendees[*].email");
    }

    private static ResponseDefinitionBuilder token(String accessToken) {
        return okJson("{\"access_token\":\"" + accessToken + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}");
    }

    /** Google's answer to attendees from a service account acting as itself. */
    private static ResponseDefinitionBuilder attendeesRefused() {
        return aResponse().withStatus(403).withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(error(403, "Service accounts cannot invite attendees without Domain-Wide Delegation of "
                        + "Authority.", "forbiddenForServiceAccounts"));
    }

    private static String error(int status, String message, String reason) {
        return """
                {"error":{"code":%d,"message":"%s","errors":[{"domain":"calendar","reason":"%s","message":"%s"}]}}"""
                .formatted(status, message, reason, message);
    }
}
