package bella.bootstrap.cli;

import bella.application.understanding.PublicHolidays;
import bella.application.understanding.Understanding;
import bella.domain.call.Expectation;
import bella.domain.call.Understood;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads utterances from standard input, one a line, and prints what Bella understood of each as one JSON
 * object a line, so that understanding can be tried and measured without a phone call.
 */
final class UnderstandCommand implements Command {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final Set<String> OPTIONS = Set.of("--reference", "--zone", "--region", "--opens", "--closes");

    @Override
    public String name() {
        return "understand";
    }

    @Override
    public String arguments() {
        return "[--reference yyyy-MM-ddTHH:mm] [--zone America/Toronto] [--region CA] [--opens 09:00]"
                + " [--closes 17:00] < utterances";
    }

    @Override
    public String summary() {
        return "prints what Bella understands of each line read, as one JSON object a line";
    }

    /** @return 0 when every line was read; wrong arguments are a {@link CommandFailed} */
    @Override
    public int run(List<String> args, Shell shell) {
        Arguments arguments = Arguments.parse(args, OPTIONS, usage());
        if (!arguments.words().isEmpty()) {
            throw CommandFailed.badArguments("unexpected '" + arguments.words().get(0) + "'", usage());
        }
        Map<String, String> options = arguments.options();
        ZoneId zone;
        LocalDateTime reference;
        Understanding understanding;
        try {
            zone = ZoneId.of(options.getOrDefault("--zone", "America/Toronto"));
            reference = options.containsKey("--reference") ? LocalDateTime.parse(options.get("--reference")) : null;
            understanding = new Understanding(options.getOrDefault("--region", "CA").toUpperCase(Locale.ROOT),
                    LocalTime.parse(options.getOrDefault("--opens", "09:00")),
                    LocalTime.parse(options.getOrDefault("--closes", "17:00")), List.of(), Map.of(),
                    PublicHolidays.NONE);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw CommandFailed.badArguments("bad option value: " + e.getMessage(), usage());
        }
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(shell.in(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                ZonedDateTime now = reference == null ? ZonedDateTime.now(zone) : reference.atZone(zone);
                Understood understood = understanding.understand(line, Expectation.INTENT, now);
                shell.out().println(json.writeValueAsString(toJson(json, line, understood, zone)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    private static ObjectNode toJson(ObjectMapper json, String text, Understood understood, ZoneId zone) {
        ObjectNode node = json.createObjectNode();
        node.put("text", text);
        node.put("intent", understood.intent().name().toLowerCase(Locale.ROOT));
        node.put("start", local(understood.start(), zone));
        node.put("end", local(understood.end(), zone));
        node.put("grain", understood.grain() == null ? null : understood.grain().name().toLowerCase(Locale.ROOT));
        node.put("name", understood.name());
        node.put("phone", understood.phone());
        return node;
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant == null ? null : LOCAL.format(instant.atZone(zone));
    }
}
