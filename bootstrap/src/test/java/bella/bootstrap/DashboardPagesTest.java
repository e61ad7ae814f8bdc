package bella.bootstrap;

import bella.application.analytics.CallAnalytics;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The owner's dashboard as the server renders it, read without a browser: who may see it, and what it shows. */
@Execution(ExecutionMode.CONCURRENT)
class DashboardPagesTest {

    private static final Map<String, String> OWNER = Map.of("ADMIN_USER", "owner", "ADMIN_PASS", "s3cret-pass");
    private static final String LOGIN = "Basic " + Base64.getEncoder()
            .encodeToString("owner:s3cret-pass".getBytes(StandardCharsets.UTF_8));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @Test
    void withoutTheOwnersLoginEveryPageIsRefusedAndTheBrowserAskedToSignIn() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), OWNER)) {
            SeededHistory.askHours(bella, "CA0000000000000000000000000000e001", "+14165550501");
            for (String page : List.of("/dashboard", "/dashboard/",
                    "/dashboard/calls/CA0000000000000000000000000000e001",
                    "/dashboard/live", "/dashboard/assets/dashboard.js")) {
                HttpResponse<String> refused = send(bella, page, "Basic b3duZXI6d3Jvbmc=");
                assertThat(refused.statusCode()).as(page).isEqualTo(401);
                assertThat(refused.headers().firstValue("WWW-Authenticate")).as(page).hasValue("Basic realm=\"Bella\"");
                assertThat(bella.get(page).statusCode()).as(page).isEqualTo(401);
            }
            // a path disguised with ";" parameters is refused before any page is looked for
            assertThat(send(bella, "/dashboard;x=1", "Basic b3duZXI6d3Jvbmc=").statusCode()).isEqualTo(400);
            assertThat(send(bella, "/dashboard", LOGIN).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theDashboardShowsTheFiguresOfTheCallsPlacedAndLinksEachCallToItsPage() {
        try (RunningBella bella = SeededHistory.seed(data.resolve("bella.db"), OWNER)) {
            HttpResponse<String> response = send(bella, "/dashboard", LOGIN);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            Document page = Jsoup.parse(response.body());

            assertThat(figures(page, "Today")).containsExactly(SeededHistory.TODAY_FIGURES);
            assertThat(figures(page, "Last 7 days")).containsExactly(SeededHistory.WEEK_FIGURES);
            assertThat(figures(page, "Last 30 days")).containsExactly(SeededHistory.MONTH_FIGURES);
            assertThat(page.select("#funnel td.count").eachText()).containsExactly(SeededHistory.MONTH_FUNNEL);
            assertThat(page.select("#failures [data-reason=hung_up] td.count").text())
                    .isEqualTo(SeededHistory.MONTH_HUNG_UP);
            assertThat(page.select("#variants tbody tr").eachText()).containsExactly("the usual 7 3 42.9%");
            assertThat(page.select("#upcoming td.name").eachText()).containsExactly(SeededHistory.UPCOMING_NAMES);
            assertThat(page.select("#in-progress tr")).isEmpty();
            assertThat(page.select("#parked")).isEmpty();

            Element failed = page.selectFirst("#recent tr[data-call=" + SeededHistory.FAILED_TODAY + "]");
            assertThat(failed).isNotNull();
            assertThat(failed.select("td.outcome").text()).isEqualTo("failed (hung up)");
            assertThat(page.select("#recent tbody tr")).hasSize(7);
            // the chart's library is served by Bella itself, and so is everything else the page loads
            List<String> assets = new ArrayList<>(page.select("script[src]").eachAttr("src"));
            assets.addAll(page.select("link[rel=stylesheet]").eachAttr("href"));
            for (String asset : assets) {
                assertThat(send(bella, asset, LOGIN).statusCode()).as(asset).isEqualTo(200);
            }
            assertThat(page.select("script[src]").eachAttr("src")).anyMatch(src -> src.startsWith("/webjars/uplot/"));

            String link = failed.selectFirst("a").attr("href");
            assertThat(link).isEqualTo("/dashboard/calls/" + SeededHistory.FAILED_TODAY);
            Document call = Jsoup.parse(send(bella, link, LOGIN).body());
            assertThat(call.select("#transcript .heard").eachText()).containsExactly("I'd like to book", "Thursday");
            assertThat(call.select("#events tr[data-type]").eachAttr("data-type"))
                    .startsWith("CallStarted").contains("SlotsOffered", "CallFailed").endsWith("CallEnded");
            assertThat(call.select("#rerun-button").text()).isEqualTo("Re-run with today's code");
        }
    }

    @Test
    void whatCallersSayIsShownAsTextNeverAsMarkup() {
        String hostile = "<script>alert('owned')</script><img src=x onerror=alert(1)> I'd like to book";
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), OWNER)) {
            TwilioCaller caller = bella.caller("CA0000000000000000000000000000e002", "+14165550502");
            caller.dial();
            caller.say(hostile);
            caller.hangUp(9);

            String html = send(bella, "/dashboard/calls/CA0000000000000000000000000000e002", LOGIN).body();

            assertThat(html).doesNotContain("<script>alert", "<img src=x")
                    .contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
            Document call = Jsoup.parse(html);
            assertThat(call.select("#transcript .heard").eachText()).containsExactly(hostile);
            assertThat(call.select("img")).isEmpty();
            assertThat(call.select("script").eachAttr("src")).containsExactly("/dashboard/assets/call.js");

            // a browser asking for a call no one made is told so in a page of its own, which gives nothing of it back
            HttpResponse<String> unknown = send(bella, HttpRequest.newBuilder(URI.create(bella.base()
                    + "/dashboard/calls/%3Cimg%20src=x%20onerror=alert(1)%3E")).header("Authorization", LOGIN)
                    .header("Accept", "text/html"));
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.body()).contains("Not Found").doesNotContain("img", "onerror");
        }
    }

    @Test
    void anEventAProjectionCouldNotApplyIsShownAsParked() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), OWNER)) {
            new JdbcTemplate(bella.bean(DataSource.class)).execute("CREATE TRIGGER refuse_caller BEFORE INSERT ON "
                    + "call_summaries WHEN NEW.caller = '+14165550503' "
                    + "BEGIN SELECT RAISE(ABORT, 'the read model refuses this caller'); END");
            SeededHistory.askHours(bella, "CA0000000000000000000000000000e003", "+14165550503");
            Awaitility.await().atMost(RunningBella.PATIENCE)
                    .until(() -> !Jsoup.parse(send(bella, "/dashboard", LOGIN).body()).select("#parked").isEmpty());

            Element parked = Jsoup.parse(send(bella, "/dashboard", LOGIN).body()).selectFirst("#parked tbody");
            assertThat(parked.text()).contains("call-summaries", "CallStarted #0",
                    "CA0000000000000000000000000000e003", "the read model refuses this caller");
        }
    }

    @Test
    void aCallWhoseEndWasNeverReportedIsNoLongerInProgressOnceNoCallCouldLastThatLong() {
        Path database = data.resolve("bella.db");
        try (RunningBella bella = RunningBella.start(database, OWNER)) {
            bella.caller("CA0000000000000000000000000000e004", "+14165550504").dial();
            Awaitility.await().atMost(RunningBella.PATIENCE).until(() -> inProgress(bella).contains("+14165550504"));
        }
        Map<String, String> later = new HashMap<>(OWNER);
        later.put("BELLA_CLOCK_START", "2026-03-03T14:20:00-05:00");
        try (RunningBella bella = RunningBella.start(database, later)) {
            assertThat(bella.bean(CallAnalytics.class).calls(LocalDate.parse("2026-03-03"),
                    LocalDate.parse("2026-03-03"), Optional.empty())).singleElement()
                    .satisfies(call -> assertThat(call.endedAt()).isNull());
            assertThat(inProgress(bella)).isEmpty();
        }
    }

    @Test
    void aBrowserPostingForAPageOfAnotherSiteIsRefused() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), OWNER)) {
            HttpResponse<String> refused = send(bella, HttpRequest.newBuilder(URI.create(bella.base()
                    + "/api/projections/call-summaries/rebuild")).header("Authorization", LOGIN)
                    .header("Sec-Fetch-Site", "cross-site").POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("\"error\":\"");

            HttpResponse<String> own = send(bella, HttpRequest.newBuilder(URI.create(bella.base()
                    + "/api/projections/call-summaries/rebuild")).header("Authorization", LOGIN)
                    .header("Sec-Fetch-Site", "same-origin").POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(own.statusCode()).isEqualTo(202);
        }
    }

    private static String inProgress(RunningBella bella) {
        return Jsoup.parse(send(bella, "/dashboard", LOGIN).body()).select("#in-progress").text();
    }

    /** The calls, bookings and conversion shown for one period. */
    private static List<String> figures(Document page, String period) {
        Element figures = page.selectFirst("#figures [data-period='" + period + "']");
        assertThat(figures).as(period).isNotNull();
        return List.of(figures.select("dd.calls").text(), figures.select("dd.bookings").text(),
                figures.select("dd.conversion").text());
    }

    private static HttpResponse<String> send(RunningBella bella, String path, String login) {
        return send(bella, HttpRequest.newBuilder(URI.create(bella.base() + path)).header("Authorization", login));
    }

    private static HttpResponse<String> send(RunningBella bella, HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
