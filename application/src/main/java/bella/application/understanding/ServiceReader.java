package bella.application.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds which of the business's services a caller named: "a cleaning", "two cleanings", "for my checkup". With a
 * single service there is nothing to choose, so nothing is read.
 */
final class ServiceReader {

    private record Named(String service, Pattern said) {
    }

    private final List<Named> services = new ArrayList<>();

    ServiceReader(List<String> offered) {
        if (offered.size() < 2) {
            return;
        }
        for (String service : offered) {
            String words = Pattern.quote(service.strip().toLowerCase(Locale.ROOT));
            services.add(new Named(service, Pattern.compile("\\b" + words + "(?:s|es)?\\b")));
        }
    }

    /** The first service the text names, in the business's own spelling. */
    Optional<String> read(String text) {
        return services.stream().filter(named -> named.said().matcher(text).find()).map(Named::service).findFirst();
    }
}
