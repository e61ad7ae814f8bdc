package bella.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Prints the running Bella's report of one of the business's days: calls, bookings, conversion, failures, and the
 * voice minutes and texts billed. The date is checked by Bella, which says what is wrong with it.
 */
final class ReportCommand implements Command {

    private static final String DATE = "--date";

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String arguments() {
        return "[--date YYYY-MM-DD] [--url http://localhost:8080]";
    }

    @Override
    public String summary() {
        return "prints a day's calls, bookings, conversion, failures, minutes and texts (without a date, yesterday's)";
    }

    @Override
    public int run(List<String> args, Shell shell) {
        Arguments arguments = Arguments.parse(args, Set.of(DATE, BellaClient.URL_OPTION), usage());
        if (!arguments.words().isEmpty()) {
            throw CommandFailed.badArguments("unexpected '" + arguments.words().get(0) + "'", usage());
        }
        String query = arguments.option(DATE)
                .map(date -> "?date=" + URLEncoder.encode(date, StandardCharsets.UTF_8)).orElse("");
        print(BellaClient.of(arguments, shell.env(), usage()).get("/api/report" + query), shell.out());
        return 0;
    }

    private static void print(JsonNode report, PrintStream out) {
        out.print(new Table("report for", report.path("date").asText())
                .row("calls", report.path("calls").asLong())
                .row("bookings", report.path("bookings").asLong())
                .row("conversion", String.format(Locale.ROOT, "%.1f%%",
                        100 * report.path("conversionRate").asDouble()))
                .row("voice minutes", report.path("minutes").asLong())
                .row("texts", report.path("texts").asLong())
                .render());
        out.println();
        Table failures = new Table("failure reason", "calls");
        report.path("failures").forEach(failure -> failures.row(failure.path("reason").asText(),
                failure.path("calls").asLong()));
        out.print(failures.render());
    }
}
