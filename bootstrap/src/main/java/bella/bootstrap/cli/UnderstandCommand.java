package bella.bootstrap.cli;

import bella.application.understanding.Understanding;
import bella.domain.call.Expectation;
import bella.domain.call.Understood;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads utterances from standard input, one a line, and prints what Bella understood of each as one JSON
 * object a line, so that understanding can be tried and measured without a phone call.
 */
public final class UnderstandCommand {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final Set<String> OPTIONS = Set.of("--reference", "--zone", "--region", "--opens", "--closes");
    private static final String USAGE = "usage: understand [--reference yyyy-MM-ddTHH:mm] [--zone America/Toronto]"
            + " [--region CA] [--opens 09:00] [--closes 17:00] < utterances";

    private UnderstandCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** @return 0 when every line was read, 2 when the arguments were wrong */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!OPTIONS.contains(args[i]) || i + 1 >= args.length) {
                err.println("unknown or incomplete option '" + args[i] + "'; " + USAGE);
                return 2;
            }
            options.put(args[i], args[i + 1]);
        }
        ZoneId zone;
        LocalDateTime reference;
        Understanding understanding;
        try {
            zone = ZoneId.of(options.getOrDefault("--zone", "America/Toronto"));
            reference = options.containsKey("--reference") ? LocalDateTime.parse(options.get("--reference")) : null;
            understanding = new Understanding(options.getOrDefault("--region", "CA").toUpperCase(Locale.ROOT),
                    LocalTime.parse(options.getOrDefault("--opens", "09:00")),
                    LocalTime.parse(options.getOrDefault("--closes", "17:00")), List.of());
        } catch (DateTimeException | IllegalArgumentException e) {
            err.println("bad option value: " + e.getMessage() + "; " + USAGE);
            return 2;
        }
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                ZonedDateTime now = reference == null ? ZonedDateTime.now(zone) : reference.atZone(zone);
                Understood understood = understanding.understand(line, Expectation.INTENT, now);
                out.println(json.writeValueAsString(toJson(json, line, understood, zone)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
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
