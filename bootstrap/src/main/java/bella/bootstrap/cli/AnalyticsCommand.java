package bella.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Prints the running Bella's conversion figures for a range of the business's days as tables: calls, bookings and
 * conversion, then by day, the funnel, the failure reasons and the prompt variants. The dates are checked by Bella,
 * which says what is wrong with them.
 */
final class AnalyticsCommand implements Command {

    private static final String FROM = "--from";
    private static final String TO = "--to";

    @Override
    public String name() {
        return "analytics";
    }

    @Override
    public String arguments() {
        return "[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--url http://localhost:8080]";
    }

    @Override
    public String summary() {
        return "prints the conversion figures of the calls begun from one day to another, both included"
                + " (without them, the last 30 days)";
    }

    @Override
    public int run(List<String> args, Shell shell) {
        Arguments arguments = Arguments.parse(args, Set.of(FROM, TO, BellaClient.URL_OPTION), usage());
        if (!arguments.words().isEmpty()) {
            throw CommandFailed.badArguments("unexpected '" + arguments.words().get(0) + "'", usage());
        }
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        arguments.option(FROM).ifPresent(from -> query.add("from=" + encoded(from)));
        arguments.option(TO).ifPresent(to -> query.add("to=" + encoded(to)));
        JsonNode conversion = BellaClient.of(arguments, shell.env(), usage()).get("/api/analytics/conversion" + query);
        print(conversion, shell.out());
        return 0;
    }

    private static void print(JsonNode conversion, PrintStream out) {
        JsonNode days = conversion.path("byDay");
        long calls = conversion.path("calls").asLong();
        out.printf(Locale.ROOT, "%s to %s: calls %d, bookings %d, conversion %s%n%n",
                days.path(0).path("date").asText("?"), days.path(days.size() - 1).path("date").asText("?"),
                calls, conversion.path("bookings").asLong(), percent(conversion.path("conversionRate").asDouble()));

        Table byDay = new Table("day", "calls", "bookings", "conversion");
        days.forEach(day -> byDay.row(day.path("date").asText(), day.path("calls").asLong(),
                day.path("bookings").asLong(), rate(day)));
        out.println(byDay.render());

        Table funnel = new Table("funnel step", "calls", "of all calls");
        conversion.path("funnel").forEach(step -> funnel.row(step.path("step").asText(), step.path("calls").asLong(),
                calls == 0 ? "-" : percent(step.path("calls").asDouble() / calls)));
        out.println(funnel.render());

        Table reasons = new Table("failure reason", "calls");
        conversion.path("failureReasons").forEach(reason -> reasons.row(reason.path("reason").asText(),
                reason.path("calls").asLong()));
        out.println(reasons.render());

        Table variants = new Table("variant", "calls", "bookings", "conversion");
        conversion.path("byVariant").forEach(variant -> variants.row(variant.path("variant").asText("(none)"),
                variant.path("calls").asLong(), variant.path("bookings").asLong(), rate(variant)));
        out.print(variants.render());
    }

    /** Bookings per call of a row, or a dash where there were no calls. */
    private static String rate(JsonNode row) {
        long calls = row.path("calls").asLong();
        return calls == 0 ? "-" : percent((double) row.path("bookings").asLong() / calls);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
