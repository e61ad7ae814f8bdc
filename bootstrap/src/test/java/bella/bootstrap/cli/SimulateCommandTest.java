package bella.bootstrap.cli;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.twilio.security.RequestValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code simulate} against a fake that answers TwiML as any Twilio application might: the simulation follows the
 * verbs as Twilio does and signs every request so that Twilio's own validator accepts it; wrong input is one line.
 */
class SimulateCommandTest {

    private static final String TOKEN = "fake-auth-token";

    @TempDir
    Path dir;

    private final WireMockServer app = new WireMockServer(wireMockConfig().dynamicPort());
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() {
        app.start();
        app.stubFor(post("/twilio/status").willReturn(aResponse().withStatus(204)));
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void helpListsSimulate() {
        assertThat(run("", "help")).isZero();

        assertThat(output()).contains("simulate [--url http://localhost:8080] [--token TOKEN]", "--calls N");
    }

    @Test
    void silenceRunsTheVerbAfterTheGatherAndDialsAndRecordingsAreReported() {
        twiml("/twilio/voice", "<Say>Hello.</Say><Gather input=\"dtmf\" numDigits=\"1\" action=\"/menu\">"
                + "<Say>Press 1.</Say></Gather><Redirect method=\"GET\">/quiet?step=1</Redirect>");
        app.stubFor(get(urlPathEqualTo("/quiet")).willReturn(twimlBody("<Dial>+15550001111</Dial>"
                + "<Record maxLength=\"30\"/><Say>Goodbye.</Say><Hangup/><Say>never said</Say>")));

        int code = run("\n", "simulate", "--url", app.baseUrl(), "--token", TOKEN);

        assertThat(code).as(errors()).isZero();
        assertThat(output()).contains("Bella: Hello.\nBella: Press 1.\n",
                "(Bella connects the caller to +15550001111; in a simulation no one answers)\n"
                        + "(Bella records the caller; in a simulation the recording is empty)\n"
                        + "Bella: Goodbye.\n(Bella hung up)\n").doesNotContain("never said");
        LoggedRequest quiet = app.findAll(getRequestedFor(urlPathEqualTo("/quiet"))).get(0);
        assertThat(quiet.getUrl()).startsWith("/quiet?step=1&CallSid=CA").contains("CallStatus=in-progress");
        assertSignedAsTwilioSigns(quiet, Map.of());
        assertThat(app.findAll(postRequestedFor(urlPathEqualTo("/menu")))).isEmpty();
        LoggedRequest status = app.findAll(postRequestedFor(urlPathEqualTo("/twilio/status"))).get(0);
        assertThat(form(status)).containsEntry("CallStatus", "completed").containsKey("CallDuration");
    }

    @Test
    void keysAreCutAtNumDigitsAndWordsGoUnheardByAGatherOfKeysOnly() {
        twiml("/twilio/voice", "<Gather input=\"dtmf\" numDigits=\"1\" action=\"/menu?turn=1\"><Say>Press a key."
                + "</Say></Gather><Redirect>/twilio/voice</Redirect>");
        twiml("/menu", "<Gather input=\"speech dtmf\" action=\"/name\"><Say>Your name?</Say></Gather>");
        twiml("/name", "<Say>Thanks.</Say>");

        int code = run("hello?\n#12\nAnn Lee\n", "simulate", "--url", app.baseUrl(), "--token", TOKEN,
                "--from", "+14165550999");

        assertThat(code).as(errors()).isZero();
        assertThat(output()).contains("(the question takes no speech: Twilio hears nothing)\n"
                + "Bella: Press a key.\n", "Bella: Your name?\nBella: Thanks.\n(the TwiML ended, so Twilio hung up)");
        LoggedRequest menu = app.findAll(postRequestedFor(urlPathEqualTo("/menu"))).get(0);
        assertThat(form(menu)).containsEntry("Digits", "1").containsEntry("From", "+14165550999")
                .doesNotContainKey("SpeechResult");
        assertSignedAsTwilioSigns(menu, form(menu));
        LoggedRequest name = app.findAll(postRequestedFor(urlPathEqualTo("/name"))).get(0);
        assertThat(form(name)).containsEntry("SpeechResult", "Ann Lee").containsKey("Confidence");
        assertSignedAsTwilioSigns(name, form(name));
        assertThat(app.findAll(postRequestedFor(urlPathEqualTo("/twilio/voice")))).hasSize(2);
    }

    @Test
    void anAnswerThatIsNotTwimlIsOneLineAndCodeTwo() {
        app.stubFor(post("/twilio/voice").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>It works!</body></html>")));

        int code = run("", "simulate", "--url", app.baseUrl());

        assertThat(code).isEqualTo(2);
        assertThat(errors()).isEqualTo("/twilio/voice answered what is not TwiML (<html><body>It works!</body>"
                + "</html>); is --url a Bella?\n");
    }

    @Test
    void aVerbTheSimulationCannotFollowIsOneLineAndCodeTwo() {
        twiml("/twilio/voice", "<Enqueue>support</Enqueue>");

        assertThat(run("", "simulate", "--url", app.baseUrl())).isEqualTo(2);
        assertThat(errors()).isEqualTo("/twilio/voice answered <Enqueue>, which the simulation does not follow\n");
    }

    @Test
    void noBellaAtTheUrlIsOneLineAndCodeTwoForOneCallOrMany() throws IOException {
        String nobody = "http://localhost:" + freePort();
        for (String[] args : List.of(new String[] {"simulate", "--url", nobody},
                new String[] {"simulate", "--url", nobody, "--calls", "5", "--concurrency", "2"})) {
            err.reset();

            assertThat(run("", args)).as(String.join(" ", args)).isEqualTo(2);

            assertThat(errors()).isEqualTo("no Bella answers at " + nobody
                    + "; start it first (or point --url or BELLA_URL at it)\n");
        }
    }

    @Test
    void wrongOptionsAndScriptsAreOneLineWithTheUsageAndCodeTwo() throws IOException {
        Path notAStep = Files.writeString(dir.resolve("bad.call"), "> hello\nhello again\n");
        for (String[] args : List.of(new String[] {"simulate", "--wat", "1"},
                new String[] {"simulate", "--calls", "0"},
                new String[] {"simulate", "--calls", "many"},
                new String[] {"simulate", "--calls", "5", "--concurrency", "0"},
                new String[] {"simulate", "--think-ms", "100"},
                new String[] {"simulate", "--calls", "5", "--from", "+14165550123"},
                new String[] {"simulate", "tomorrow"},
                new String[] {"simulate", "--script", dir.resolve("missing.call").toString()},
                new String[] {"simulate", "--script", notAStep.toString()})) {
            err.reset();

            assertThat(run("", args)).as(String.join(" ", args)).isEqualTo(2);

            assertThat(errors()).as(String.join(" ", args)).contains("usage: simulate").hasLineCount(1);
        }
        assertThat(errors()).contains("bad.call line 2 is not a step");
        assertThat(app.getAllServeEvents()).isEmpty();
    }

    private void twiml(String path, String verbs) {
        app.stubFor(post(urlPathEqualTo(path)).willReturn(twimlBody(verbs)));
    }

    private static ResponseDefinitionBuilder twimlBody(String verbs) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/xml")
                .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>" + verbs + "</Response>");
    }

    /** Twilio's own validator, as Bella uses it, accepts the signature for the URL as requested. */
    private void assertSignedAsTwilioSigns(LoggedRequest request, Map<String, String> form) {
        assertThat(new RequestValidator(TOKEN).validate(app.baseUrl() + request.getUrl(), form,
                request.getHeader("X-Twilio-Signature"))).as(request.getUrl()).isTrue();
        assertThat(new RequestValidator("another-token").validate(app.baseUrl() + request.getUrl(), form,
                request.getHeader("X-Twilio-Signature"))).isFalse();
    }

    private static Map<String, String> form(LoggedRequest request) {
        Map<String, String> form = new HashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            form.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
        }
        return form;
    }

    private int run(String typed, String... args) {
        return CommandLine.run(args, new Shell(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), false, Clock.systemUTC()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
