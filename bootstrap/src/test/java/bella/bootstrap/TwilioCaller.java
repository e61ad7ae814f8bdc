package bella.bootstrap;

import bella.bootstrap.cli.TwilioSignature;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Places a phone call the way Twilio does: signed form posts to the call webhook, then to whatever action URL each
 * TwiML answer names, with the caller's words as a speech result or keys as digits.
 */
final class TwilioCaller {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String authToken;
    private final String callSid;
    private final String from;
    private String action;
    private String fallback;
    private Element dial;
    private Element record;
    private String lastSaid = "";
    private boolean hungUp;

    TwilioCaller(String base, String authToken, String callSid, String from) {
        this.base = base;
        this.authToken = authToken;
        this.callSid = callSid;
        this.from = from;
    }

    /** Dials in and returns what Bella says first. */
    String dial() {
        return follow(post("/twilio/voice", Map.of("CallStatus", "ringing", "Direction", "inbound")));
    }

    String say(String words) {
        return follow(post(action, Map.of("SpeechResult", words, "Confidence", "0.91")));
    }

    /** Words the recogniser heard with this confidence, from 0 to 1. */
    String say(String words, double confidence) {
        return follow(post(action, Map.of("SpeechResult", words, "Confidence", String.valueOf(confidence))));
    }

    /** The caller says the answer again after the beep of Bella's {@code <Record>}: Twilio posts it to its action. */
    String sayAgain(String recordingSid, String recordingUrl, int seconds) {
        return follow(post(record.getAttribute("action"), Map.of("RecordingSid", recordingSid,
                "RecordingUrl", recordingUrl, "RecordingDuration", String.valueOf(seconds), "Digits", "#")));
    }

    String press(String digits) {
        return follow(post(action, Map.of("Digits", digits)));
    }

    /**
     * Dials in and books at the menu: asks to book, says when, gives the name and confirms with the key 1. Returns
     * what Bella says to the confirmation.
     */
    String books(String when, String name) {
        dial();
        say("I'd like to book an appointment");
        say(when);
        say("this is " + name);
        return press("1");
    }

    /** Says nothing: Twilio skips the gather's action and runs the verb after it. */
    String stayQuiet() {
        return follow(post(fallback, Map.of()));
    }

    /** The owner's phone, rung by Bella's {@code <Dial>}, ends with Twilio's {@code DialCallStatus}. */
    String dialEnds(String dialStatus) {
        return follow(post(dial.getAttribute("action"), Map.of("DialCallStatus", dialStatus, "DialCallSid",
                "CA99999999999999999999999999999999", "DialCallDuration", "0")));
    }

    /** The caller speaks after the beep of Bella's {@code <Record>}: Twilio posts the recording to its action. */
    String leaveMessage(String recordingSid, String recordingUrl, int seconds) {
        return follow(post(record.getAttribute("action"), Map.of("RecordingSid", recordingSid,
                "RecordingUrl", recordingUrl, "RecordingDuration", String.valueOf(seconds), "Digits", "hangup")));
    }

    /** The {@code <Dial>} of Bella's last answer, or null. */
    Element dialed() {
        return dial;
    }

    /** The {@code <Record>} of Bella's last answer, or null. */
    Element recorded() {
        return record;
    }

    void hangUp(int seconds) {
        HttpResponse<String> response = post("/twilio/status", Map.of("CallStatus", "completed",
                "CallDuration", String.valueOf(seconds)));
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("status callback answered " + response.statusCode());
        }
    }

    boolean hungUp() {
        return hungUp;
    }

    String lastSaid() {
        return lastSaid;
    }

    /** Where the caller's next answer goes, with what Bella asked ({@code ?turn=3&expect=NAME}); null once she hung up. */
    String action() {
        return action;
    }

    HttpResponse<String> post(String path, Map<String, String> extra) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("CallSid", callSid);
        form.put("AccountSid", "AC0123456789abcdef0123456789abcdef");
        form.put("From", from);
        form.put("To", "+16475550000");
        form.put("ApiVersion", "2010-04-01");
        form.putAll(extra);
        String url = base + path;
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", TwilioSignature.of(authToken, url, form))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String follow(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Bella answered " + response.statusCode() + ": " + response.body());
        }
        Document twiml = parse(response.body());
        Element root = twiml.getDocumentElement();
        StringBuilder said = new StringBuilder();
        action = null;
        fallback = null;
        dial = null;
        record = null;
        for (Node verb = root.getFirstChild(); verb != null; verb = verb.getNextSibling()) {
            if (!(verb instanceof Element element)) {
                continue;
            }
            switch (element.getTagName()) {
                case "Say" -> said.append(element.getTextContent());
                case "Gather" -> {
                    said.append(element.getTextContent());
                    action = element.getAttribute("action");
                }
                case "Redirect" -> fallback = element.getTextContent();
                case "Hangup" -> hungUp = true;
                case "Dial" -> dial = element;
                case "Record" -> record = element;
                default -> throw new IllegalStateException("unexpected verb " + element.getTagName());
            }
        }
        lastSaid = said.toString();
        return lastSaid;
    }

    private static Document parse(String xml) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalStateException("not TwiML: " + xml, e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
