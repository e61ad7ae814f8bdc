package bella.adapters.twilio;

import bella.application.texts.TextSender;
import bella.application.texts.TextTask;
import bella.domain.MovableClock;
import bella.domain.booking.RecordConfirmation;
import bella.domain.booking.RecordReminder;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static bella.application.texts.TextTask.Purpose.CONFIRMATION;
import static bella.application.texts.TextTask.Purpose.REMINDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The confirmation worker with the real Twilio SDK against a local fake of Twilio's Messages API (its documented
 * requests, JSON answers and errors); the worker's clock is moved by hand, so no test waits for a pause.
 */
class TextSenderAtTwilioTest {

    private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "secret-auth-token";
    private static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
    private static final String FROM = "+16475550000";
    private static final String CALLER = "+14165550123";
    private static final String BODY = "Maple Dental: your appointment is booked for Wednesday, March 4, 2026 at "
            + "2:00 PM. To change or cancel it, call this number.";
    private static final String SID = "SM0123456789abcdef0123456789abcdef";
    private static final String CALLBACK = "https://bella.example/twilio/sms-status";
    private static final Instant NOW = Instant.parse("2026-03-03T15:00:00Z");

    private final WireMockServer twilio = new WireMockServer(wireMockConfig().dynamicPort());
    private final QueuedTexts outbox = new QueuedTexts();
    private final List<RecordConfirmation> recorded = new CopyOnWriteArrayList<>();
    private final List<RecordReminder> reminders = new CopyOnWriteArrayList<>();
    private final AtomicBoolean stopsBeforeRecording = new AtomicBoolean();
    private final MovableClock clock = new MovableClock(NOW);
    private TextSender worker;

    @BeforeEach
    void start() {
        twilio.start();
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(RecordConfirmation.class.getName(), command -> {
            if (stopsBeforeRecording.getAndSet(false)) {
                throw new IllegalStateException("Bella stopped before it recorded the text");
            }
            recorded.add((RecordConfirmation) command.getPayload());
            return null;
        });
        bus.subscribe(RecordReminder.class.getName(), command -> {
            reminders.add((RecordReminder) command.getPayload());
            return null;
        });
        worker = new TextSender(outbox, new TwilioTextMessages(ACCOUNT, TOKEN, FROM, twilio.baseUrl(),
                URI.create(CALLBACK), clock), DefaultCommandGateway.builder().commandBus(bus).build(), clock);
        outbox.enqueue(CONFIRMATION, "event-1", "appointment-1", CALLER, BODY, NOW, null, NOW);
    }

    @AfterEach
    void stop() {
        twilio.stop();
    }

    @Test
    void aQueuedTextIsPostedOnceAsTwilioDocumentsItAndRecordedWithItsSid() {
        twilio.stubFor(create().willReturn(created()));

        assertThat(worker.sendDue()).isOne();
        clock.move(Duration.ofHours(1));
        assertThat(worker.sendDue()).isZero();

        twilio.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES))
                .withBasicAuth(new com.github.tomakehurst.wiremock.client.BasicCredentials(ACCOUNT, TOKEN))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withFormParam("To", equalTo(CALLER))
                .withFormParam("From", equalTo(FROM))
                .withFormParam("Body", equalTo(BODY))
                .withFormParam("StatusCallback", equalTo(CALLBACK)));
        assertThat(recorded).containsExactly(RecordConfirmation.sent("appointment-1", "event-1", SID, NOW));
        assertThat(outbox.get(CONFIRMATION, "event-1").state()).isEqualTo(TextTask.State.SENT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "21211|The 'To' number +1416555 is not a valid phone number.",
            "21610|Attempt to send to unsubscribed recipient"})
    void aRefusalIsRecordedWithTwilioCodeAndNeverRetried(int code, String message) {
        twilio.stubFor(create().willReturn(error(400, code, message)));

        assertThat(worker.sendDue()).isOne();
        clock.move(Duration.ofDays(1));
        worker.sendDue();

        twilio.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
        assertThat(recorded).singleElement().satisfies(failure -> {
            assertThat(failure.messageSid()).isNull();
            assertThat(failure.errorCode()).isEqualTo(code);
            assertThat(failure.reason()).contains(message).contains("HTTP 400");
        });
        assertThat(outbox.unsettled()).singleElement()
                .satisfies(task -> assertThat(task.state()).isEqualTo(TextTask.State.FAILED));
    }

    @Test
    void aRateLimitIsRetriedAfterItsPauseAndTheTextSentOnce() {
        twilio.stubFor(create().inScenario("limit").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(error(429, 20429, "Too Many Requests")).willSetStateTo("calm"));
        twilio.stubFor(create().inScenario("limit").whenScenarioStateIs("calm").willReturn(created()));

        assertThat(worker.sendDue()).isZero();
        assertThat(outbox.get(CONFIRMATION, "event-1").errorCode()).isEqualTo(20429);
        clock.move(Duration.ofSeconds(14));
        assertThat(worker.sendDue()).isZero();
        twilio.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));

        clock.move(Duration.ofSeconds(1));
        assertThat(worker.sendDue()).isOne();

        twilio.verify(2, postRequestedFor(urlPathEqualTo(MESSAGES)));
        twilio.verify(0, getRequestedFor(urlPathEqualTo(MESSAGES)));
        assertThat(recorded).containsExactly(RecordConfirmation.sent("appointment-1", "event-1", SID,
                NOW.plusSeconds(15)));
    }

    @Test
    void aServerErrorThatTookTheTextAnywayIsFoundAtTwilioAndNotSentAgain() {
        twilio.stubFor(create().willReturn(error(500, 20500, "Internal Server Error")));
        twilio.stubFor(list().willReturn(page(message())));

        assertThat(worker.sendDue()).isZero();
        clock.move(Duration.ofSeconds(15));
        assertThat(worker.sendDue()).isOne();

        twilio.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
        twilio.verify(1, getRequestedFor(urlPathEqualTo(MESSAGES)).withQueryParam("To", equalTo(CALLER))
                .withQueryParam("From", equalTo(FROM)));
        assertThat(recorded).extracting(RecordConfirmation::messageSid).containsExactly(SID);
    }

    @Test
    void aWorkerStoppedBetweenTwilioTakingTheTextAndRecordingItFindsItAfterRestartAndSendsNothingMore() {
        twilio.stubFor(create().willReturn(created()));
        stopsBeforeRecording.set(true);
        assertThatThrownBy(worker::sendDue).hasMessageContaining("stopped before it recorded");
        assertThat(outbox.get(CONFIRMATION, "event-1").state()).isEqualTo(TextTask.State.SENDING);

        twilio.stubFor(list().willReturn(page(message())));
        TextSender restarted = new TextSender(outbox, new TwilioTextMessages(ACCOUNT, TOKEN, FROM,
                twilio.baseUrl(), URI.create(CALLBACK), clock), DefaultCommandGateway.builder()
                .commandBus(commandBusRecording()).build(), clock);
        assertThat(restarted.sendDue()).isZero();
        clock.move(Duration.ofMinutes(5));
        assertThat(restarted.sendDue()).isOne();

        twilio.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
        assertThat(recorded).extracting(RecordConfirmation::messageSid).containsExactly(SID);
    }

    @Test
    void aTextTwilioKeepsFailingIsGivenUpAfterItsAttemptsAndRecorded() {
        twilio.stubFor(create().willReturn(error(503, 20503, "Service Unavailable")));
        twilio.stubFor(list().willReturn(page()));

        for (int attempt = 1; attempt < 10; attempt++) {
            assertThat(worker.sendDue()).isZero();
            clock.move(Duration.ofMinutes(15));
        }
        assertThat(worker.sendDue()).isOne();
        clock.move(Duration.ofDays(1));
        worker.sendDue();

        twilio.verify(10, postRequestedFor(urlPathEqualTo(MESSAGES)));
        assertThat(recorded).singleElement().satisfies(failure -> {
            assertThat(failure.errorCode()).isEqualTo(20503);
            assertThat(failure.reason()).startsWith("gave up after 10 attempts (the last may have reached the caller)");
        });
    }

    @Test
    void aReminderIsSentOnceWhenItFallsDueAndRecordedAsTheAppointmentsReminder() {
        twilio.stubFor(create().willReturn(created()));
        Instant due = NOW.plusSeconds(3_600);
        outbox.enqueue(REMINDER, "event-1", "appointment-1", CALLER, "reminder", due, due.plusSeconds(86_400), NOW);

        worker.sendDue();
        twilio.verify(0, postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("Body", equalTo("reminder")));
        clock.move(Duration.ofHours(1));
        assertThat(worker.sendDue()).isOne();
        clock.move(Duration.ofHours(1));
        worker.sendDue();

        twilio.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("Body", equalTo("reminder")));
        assertThat(reminders).containsExactly(RecordReminder.sent("appointment-1", "event-1", SID, due));
        assertThat(recorded).containsExactly(RecordConfirmation.sent("appointment-1", "event-1", SID, NOW));
    }

    @Test
    void aReminderStillUnsentWhenItsAppointmentBeginsIsWithdrawnUnsent() {
        twilio.stubFor(create().willReturn(created()));
        worker.sendDue();
        outbox.enqueue(REMINDER, "event-1", "appointment-1", CALLER, "reminder", NOW.plusSeconds(60),
                NOW.plusSeconds(120), NOW);

        clock.move(Duration.ofMinutes(2));
        assertThat(worker.sendDue()).isOne();

        twilio.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
        assertThat(reminders).isEmpty();
        assertThat(outbox.get(REMINDER, "event-1").state()).isEqualTo(TextTask.State.WITHDRAWN);
        assertThat(outbox.unsettled()).isEmpty();
    }

    private SimpleCommandBus commandBusRecording() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(RecordConfirmation.class.getName(), command -> {
            recorded.add((RecordConfirmation) command.getPayload());
            return null;
        });
        return bus;
    }

    private static MappingBuilder create() {
        return post(urlPathEqualTo(MESSAGES));
    }

    private static MappingBuilder list() {
        return get(urlPathEqualTo(MESSAGES));
    }

    /** Twilio's answer to a new message: 201 and the Message resource, queued. */
    private static ResponseDefinitionBuilder created() {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(message());
    }

    private static String message() {
        return """
                {"account_sid": "%s", "api_version": "2010-04-01", "body": "%s",
                 "date_created": "Tue, 03 Mar 2026 15:00:01 +0000", "date_sent": null,
                 "date_updated": "Tue, 03 Mar 2026 15:00:01 +0000", "direction": "outbound-api", "error_code": null,
                 "error_message": null, "from": "%s", "messaging_service_sid": null, "num_media": "0",
                 "num_segments": "1", "price": null, "price_unit": "USD", "sid": "%s", "status": "queued",
                 "subresource_uris": {"media": "/2010-04-01/Accounts/%s/Messages/%s/Media.json"}, "to": "%s",
                 "uri": "/2010-04-01/Accounts/%s/Messages/%s.json"}"""
                .formatted(ACCOUNT, BODY, FROM, SID, ACCOUNT, SID, CALLER, ACCOUNT, SID);
    }

    private static ResponseDefinitionBuilder page(String... messages) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                {"end": %d, "first_page_uri": "%s?To=%%2B14165550123&PageSize=50&Page=0", "next_page_uri": null,
                 "page": 0, "page_size": 50, "previous_page_uri": null, "start": 0, "uri": "%s",
                 "messages": [%s]}""".formatted(Math.max(messages.length - 1, 0), MESSAGES, MESSAGES,
                String.join(",", messages)));
    }

    /** Twilio's documented error answer. */
    private static ResponseDefinitionBuilder error(int status, int code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody("""
                {"code": %d, "message": "%s", "more_info": "https://www.twilio.com/docs/errors/%d", "status": %d}"""
                .formatted(code, message, code, status));
    }
}
