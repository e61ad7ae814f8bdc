package bella.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Prints the running Bella's estimate of a month's Twilio charges: the voice minutes and texts billed, at the rates
 * Bella is configured with, and whether the total is past the alert threshold. The month is checked by Bella.
 */
final class CostsCommand implements Command {

    private static final String MONTH = "--month";

    @Override
    public String name() {
        return "costs";
    }

    @Override
    public String arguments() {
        return "[--month YYYY-MM] [--url http://localhost:8080]";
    }

    @Override
    public String summary() {
        return "prints a month's voice minutes and texts with their estimated Twilio cost (without a month, this one)";
    }

    @Override
    public int run(List<String> args, Shell shell) {
        Arguments arguments = Arguments.parse(args, Set.of(MONTH, BellaClient.URL_OPTION), usage());
        if (!arguments.words().isEmpty()) {
            throw CommandFailed.badArguments("unexpected '" + arguments.words().get(0) + "'", usage());
        }
        String query = arguments.option(MONTH)
                .map(month -> "?month=" + URLEncoder.encode(month, StandardCharsets.UTF_8)).orElse("");
        print(BellaClient.of(arguments, shell.env(), usage()).get("/api/costs" + query), shell.out());
        return 0;
    }

    private static void print(JsonNode costs, PrintStream out) {
        out.println("Twilio costs for " + costs.path("month").asText() + " (estimate, USD)");
        out.print(new Table("item", "quantity", "rate", "cost")
                .row("voice minutes", costs.path("minutes").asLong(), amount(costs.path("perMinuteUsd")),
                        dollars(costs.path("voiceUsd")))
                .row("texts", costs.path("texts").asLong(), amount(costs.path("perTextUsd")),
                        dollars(costs.path("textsUsd")))
                .row("total", "", "", dollars(costs.path("totalUsd")))
                .render());
        out.println((costs.path("alertPassed").asBoolean() ? "past" : "within") + " the alert threshold of "
                + amount(costs.path("alertUsd")) + " (COST_ALERT_USD)");
    }

    /** Dollars and cents. */
    private static String dollars(JsonNode usd) {
        return usd.decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** As exact as it was set, a rate of 0.0085 included. */
    private static String amount(JsonNode usd) {
        return usd.decimalValue().stripTrailingZeros().toPlainString();
    }
}
