package bella.bootstrap.cli;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One inbound phone call to a running Bella, played the way Twilio plays it: the call webhook, then each TwiML answer
 * verb by verb. {@code <Say>} is heard; at a {@code <Gather>} the caller answers (words if it takes speech, keys if it
 * takes dtmf, cut at its {@code finishOnKey} and {@code numDigits}) and Twilio requests its {@code action}, or, with
 * no usable answer, goes on with the verb after it; {@code <Redirect>} fetches the next TwiML; {@code <Hangup>},
 * {@code <Reject>} or the end of the TwiML ends the call. {@code <Dial>} and {@code <Record>} are reported: no one
 * answers the dial (its action hears {@code no-answer}) and the recording is empty (Twilio then skips its action). At
 * the end Twilio posts the status callback to {@code /twilio/status}, where Bella's README says to point it.
 */
final class SimulatedCall {

    /** Twilio's speech recognition says how sure it is; typed words were heard perfectly, but no recogniser says so. */
    private static final String CONFIDENCE = "0.92";
    private static final String BUSINESS_NUMBER = "+16475550000";
    private static final String ACCOUNT_SID = "AC" + "0123456789abcdef".repeat(2);
    private static final String STATUS_CALLBACK = "/twilio/status";
    private static final ThreadLocal<DocumentBuilder> XML = ThreadLocal.withInitial(SimulatedCall::parser);

    private final TwilioWebhooks webhooks;
    private final String callSid;
    private final String from;
    private final Clock clock;
    private Instant dialled;
    private Waiting waiting;

    /** The caller at a {@code <Gather>}: where its answer goes, and the verbs Twilio runs when there is none. */
    private record Waiting(URI document, Element gather, Deque<Element> after) {
    }

    /** A TwiML answer: the URL it came from (relative URLs in it resolve against that) and its verbs. */
    private record Twiml(URI url, Deque<Element> verbs) {
    }

    SimulatedCall(TwilioWebhooks webhooks, String callSid, String from, Clock clock) {
        this.webhooks = webhooks;
        this.callSid = callSid;
        this.from = from;
        this.clock = clock;
    }

    String callSid() {
        return callSid;
    }

    /** Rings Bella: what she says until the caller's first turn. */
    BellaSays dial() {
        dialled = clock.instant();
        return follow(fetch(webhooks.at("/twilio/voice"), "POST", "ringing", Map.of()), new ArrayList<>());
    }

    /** The caller's answer at the {@code <Gather>} Bella waits at: what she says next. */
    BellaSays answer(CallerAnswer answer) {
        if (waiting == null) {
            throw new IllegalStateException("Bella is not waiting for an answer");
        }
        Waiting at = waiting;
        waiting = null;
        List<String> lines = new ArrayList<>();
        Optional<Map<String, String>> input = input(at.gather(), answer);
        if (input.isEmpty() && answer.kind() != CallerAnswer.Kind.SILENCE) {
            lines.add("(the question takes no " + (answer.kind() == CallerAnswer.Kind.KEYS ? "keys" : "speech")
                    + ": Twilio hears nothing)");
        }
        if (input.isPresent() || "true".equalsIgnoreCase(at.gather().getAttribute("actionOnEmptyResult"))) {
            return follow(fetch(action(at.document(), at.gather()), method(at.gather()), "in-progress",
                    input.orElse(Map.of())), lines);
        }
        return follow(new Twiml(at.document(), at.after()), lines);
    }

    /** Ends the call, as the caller hanging up or after Bella did: Twilio's status callback. */
    void hangUp() {
        long seconds = dialled == null ? 0 : Duration.between(dialled, clock.instant()).toSeconds();
        webhooks.send(webhooks.at(STATUS_CALLBACK), "POST",
                parameters("completed", Map.of("CallDuration", String.valueOf(Math.max(0, seconds)))));
    }

    private BellaSays follow(Twiml twiml, List<String> lines) {
        URI document = twiml.url();
        Deque<Element> verbs = twiml.verbs();
        for (Element verb = verbs.poll(); verb != null; verb = verbs.poll()) {
            switch (verb.getTagName()) {
                case "Say" -> lines.add(text(verb));
                case "Play" -> lines.add("(plays " + text(verb) + ")");
                case "Pause" -> {
                    // silence on the line; the simulation does not wait it out
                }
                case "Gather" -> {
                    for (Element inside : children(verb)) {
                        if (inside.getTagName().equals("Say")) {
                            lines.add(text(inside));
                        } else if (inside.getTagName().equals("Play")) {
                            lines.add("(plays " + text(inside) + ")");
                        }
                    }
                    waiting = new Waiting(document, verb, verbs);
                    return BellaSays.asking(lines, action(document, verb));
                }
                case "Redirect" -> {
                    Twiml next = fetch(document.resolve(text(verb)), method(verb), "in-progress", Map.of());
                    document = next.url();
                    verbs = next.verbs();
                }
                case "Hangup", "Reject" -> {
                    return BellaSays.ended(lines, "Bella hung up");
                }
                case "Dial" -> {
                    lines.add("(Bella connects the caller to " + text(verb) + "; in a simulation no one answers)");
                    if (!verb.getAttribute("action").isBlank()) {
                        Twiml next = fetch(action(document, verb), method(verb), "in-progress",
                                Map.of("DialCallStatus", "no-answer"));
                        document = next.url();
                        verbs = next.verbs();
                    }
                }
                case "Record" -> lines.add("(Bella records the caller; in a simulation the recording is empty)");
                default -> throw new WebhookFailed(WebhookFailed.Kind.NOT_TWIML, document.getPath() + " answered <"
                        + verb.getTagName() + ">, which the simulation does not follow");
            }
        }
        return BellaSays.ended(lines, "the TwiML ended, so Twilio hung up");
    }

    private Twiml fetch(URI url, String method, String status, Map<String, String> input) {
        String body = webhooks.send(url, method, parameters(status, input)).body();
        Element response;
        try {
            response = XML.get().parse(new InputSource(new StringReader(body))).getDocumentElement();
        } catch (SAXException | IOException notXml) {
            throw notTwiml(url, body);
        } finally {
            XML.get().reset();
        }
        if (!response.getTagName().equals("Response")) {
            throw notTwiml(url, body);
        }
        return new Twiml(url, new ArrayDeque<>(children(response)));
    }

    private Map<String, String> parameters(String status, Map<String, String> input) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("CallSid", callSid);
        parameters.put("AccountSid", ACCOUNT_SID);
        parameters.put("From", from);
        parameters.put("To", BUSINESS_NUMBER);
        parameters.put("CallStatus", status);
        parameters.put("Direction", "inbound");
        parameters.put("ApiVersion", "2010-04-01");
        parameters.putAll(input);
        return parameters;
    }

    /** What Twilio reports of the answer, or empty when the gather does not take this kind of input. */
    private static Optional<Map<String, String>> input(Element gather, CallerAnswer answer) {
        String inputs = gather.getAttribute("input").isBlank() ? "dtmf" : gather.getAttribute("input");
        Set<String> takes = Set.copyOf(Arrays.asList(inputs.toLowerCase(Locale.ROOT).split("\\s+")));
        if (answer.kind() == CallerAnswer.Kind.SPEECH && takes.contains("speech")) {
            return Optional.of(Map.of("SpeechResult", answer.value(), "Confidence", CONFIDENCE));
        }
        if (answer.kind() == CallerAnswer.Kind.KEYS && takes.contains("dtmf")) {
            String digits = digits(gather, answer.value());
            return digits.isEmpty() ? Optional.empty() : Optional.of(Map.of("Digits", digits));
        }
        return Optional.empty();
    }

    /** The keys Twilio reports: up to the finishing key ({@code #} unless said otherwise), at most numDigits. */
    private static String digits(Element gather, String pressed) {
        String finish = gather.hasAttribute("finishOnKey") ? gather.getAttribute("finishOnKey") : "#";
        int end = finish.isEmpty() ? -1 : pressed.indexOf(finish);
        String digits = end < 0 ? pressed : pressed.substring(0, end);
        String most = gather.getAttribute("numDigits");
        if (most.matches("[1-9][0-9]{0,3}")) {
            digits = digits.substring(0, Math.min(digits.length(), Integer.parseInt(most)));
        }
        return digits;
    }

    /** A gather's or dial's action, by default the document's own URL, as Twilio resolves it. */
    private static URI action(URI document, Element verb) {
        String action = verb.getAttribute("action").strip();
        return action.isEmpty() ? document : document.resolve(action);
    }

    private static String method(Element verb) {
        return "GET".equalsIgnoreCase(verb.getAttribute("method")) ? "GET" : "POST";
    }

    private static String text(Element verb) {
        return verb.getTextContent().strip();
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static WebhookFailed notTwiml(URI url, String body) {
        String shown = body.strip().replaceAll("\\s+", " ");
        return new WebhookFailed(WebhookFailed.Kind.NOT_TWIML, url.getPath() + " answered what is not TwiML ("
                + (shown.length() > 80 ? shown.substring(0, 80) + "…" : shown) + "); is --url a Bella?");
    }

    /** The JDK's parser, kept from reading anything but the document itself. */
    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // the default handler prints to stderr; a failure is reported as one line instead
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException exception) {
                    // nothing Twilio would mind
                }

                @Override
                public void error(SAXParseException exception) throws SAXException {
                    throw exception;
                }

                @Override
                public void fatalError(SAXParseException exception) throws SAXException {
                    throw exception;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        }
    }
}
