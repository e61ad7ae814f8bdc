package bella.bootstrap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The owner's dashboard driven in headless Chromium: sign in, see the figures of a seeded month, follow a call
 * live from its start to its end, open a failed call, see what was said beside its events, and re-run it: the same
 * with unchanged code, the first difference marked once today's Bella would answer otherwise.
 * <p>
 * Needs Debian's {@code chromium} and {@code chromium-driver} (or the browser and driver named by BELLA_CHROMIUM and
 * BELLA_CHROMEDRIVER); without them the test is skipped, except under {@code CI=true}, where it fails. With
 * {@code -Dbella.screenshot=PATH} it also saves a picture of the dashboard.
 */
class DashboardBrowserTest {

    /** Environment variables naming another browser and its driver than Debian's, as on GitHub's runners. */
    static final String CHROMIUM_SETTING = "BELLA_CHROMIUM";
    static final String CHROMEDRIVER_SETTING = "BELLA_CHROMEDRIVER";
    private static final Path CHROMIUM = installed(CHROMIUM_SETTING, "/usr/bin/chromium");
    private static final Path CHROMEDRIVER = installed(CHROMEDRIVER_SETTING, "/usr/bin/chromedriver");
    private static final String USER = "owner";
    private static final String PASSWORD = "s3cret-pass";
    private static final Map<String, String> OWNER = Map.of("ADMIN_USER", USER, "ADMIN_PASS", PASSWORD);
    private static final String LIVE_CALL = "CA0000000000000000000000000000f001";
    /** The comparison's columns: step, turn, heard, what Bella said then, what she says today. */
    private static final int HEARD = 2;
    private static final int SAID_THEN = 3;
    private static final int SAID_TODAY = 4;
    /** The test drives the browser over WebDriver alone: Selenium's warning that no DevTools matches is noise. */
    private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        DEVTOOLS.setLevel(Level.OFF);
    }

    @TempDir
    Path data;
    private WebDriver browser;
    private WebDriverWait patiently;

    @BeforeEach
    void openBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: .ci/run installs them");
        }
        assumeTrue(installed, "browser test skipped: install Debian's chromium and chromium-driver to run it");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1400", "--user-data-dir=" + Files.createDirectory(data.resolve("chromium")));
        // the driver named outright: Selenium Manager would try to download one
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        patiently = new WebDriverWait(browser, RunningBella.PATIENCE);
    }

    private static Path installed(String setting, String debians) {
        String named = System.getenv(setting);
        return Path.of(named == null || named.isBlank() ? debians : named);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theOwnerSeesTheMonthFollowsACallLiveAndReRunsAFailedCall() throws IOException {
        Path database = data.resolve("bella.db");
        try (RunningBella bella = SeededHistory.seed(database, OWNER)) {
            signIn(bella, "/dashboard");

            assertThat(figures("Today")).containsExactly(SeededHistory.TODAY_FIGURES);
            assertThat(figures("Last 7 days")).containsExactly(SeededHistory.WEEK_FIGURES);
            assertThat(figures("Last 30 days")).containsExactly(SeededHistory.MONTH_FIGURES);
            assertThat(texts("#funnel td.count")).containsExactly(SeededHistory.MONTH_FUNNEL);
            assertThat(texts("#upcoming td.name")).containsExactly(SeededHistory.UPCOMING_NAMES);
            // the chart's library loaded from Bella and drew the month
            patiently.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#daily-chart canvas")));

            TwilioCaller live = bella.caller(LIVE_CALL, "+14165550599");
            live.dial();
            By liveRow = By.cssSelector("#in-progress tr[data-call='" + LIVE_CALL + "']");
            WebElement inProgress = patiently.until(ExpectedConditions.visibilityOfElementLocated(liveRow));
            assertThat(inProgress.getText()).contains("+14165550599");
            saveScreenshotIfAsked();
            live.say("what are your hours?");
            live.hangUp(15);
            patiently.until(ExpectedConditions.numberOfElementsToBe(liveRow, 0));
            assertThat(browser.findElement(By.cssSelector("#live .none")).isDisplayed()).isTrue();

            browser.findElement(By.cssSelector("#recent tr[data-call='" + SeededHistory.FAILED_TODAY + "'] a"))
                    .click();
            patiently.until(ExpectedConditions.urlContains("/dashboard/calls/" + SeededHistory.FAILED_TODAY));
            assertThat(texts("#transcript .heard")).containsExactly("I'd like to book", "Thursday");
            assertThat(browser.findElements(By.cssSelector("#events tr[data-type]")).stream()
                    .map(row -> row.getAttribute("data-type")).toList())
                    .startsWith("CallStarted").contains("SlotsOffered", "CallFailed").endsWith("CallEnded");

            List<List<String>> steps = rerun();
            assertThat(steps).extracting(step -> step.get(HEARD)).containsExactly("", "I'd like to book", "Thursday");
            assertThat(steps).allSatisfy(step -> assertThat(step.get(SAID_TODAY)).isEqualTo(step.get(SAID_THEN)));
            assertThat(browser.findElements(By.cssSelector("#comparison tr.first-difference"))).isEmpty();
            assertThat(browser.findElement(By.id("rerun-status")).getText()).contains("exactly as recorded");
        }

        // today's Bella opens an hour earlier than the one that took the call: she would offer other times now
        Map<String, String> earlier = new HashMap<>(OWNER);
        earlier.put("BUSINESS_HOURS_START", "8");
        try (RunningBella bella = SeededHistory.today(database, earlier)) {
            signIn(bella, "/dashboard/calls/" + SeededHistory.FAILED_TODAY);

            List<List<String>> steps = rerun();
            WebElement marked = browser.findElement(By.cssSelector("#comparison tr.first-difference"));
            int first = Integer.parseInt(marked.getAttribute("data-step"));
            assertThat(steps.get(first).get(HEARD)).isEqualTo("Thursday");
            assertThat(steps.get(first).get(SAID_TODAY)).isNotEqualTo(steps.get(first).get(SAID_THEN));
            assertThat(steps.subList(0, first))
                    .allSatisfy(step -> assertThat(step.get(SAID_TODAY)).isEqualTo(step.get(SAID_THEN)));
            assertThat(browser.findElement(By.id("rerun-status")).getText()).contains("from step " + first);
        }
    }

    /**
     * Signs in with HTTP Basic: the first page is opened with the login in its address, and the browser sends it
     * again with every later request to this Bella (the live stream, the re-run) by itself.
     */
    private void signIn(RunningBella bella, String page) {
        URI base = URI.create(bella.base());
        browser.get(base.getScheme() + "://" + USER + ":" + PASSWORD + "@" + base.getAuthority() + page);
    }

    /** Presses the re-run button and reads the comparison shown: per step, its cells as the columns name them. */
    private List<List<String>> rerun() {
        browser.findElement(By.id("rerun-button")).click();
        WebElement status = browser.findElement(By.id("rerun-status"));
        patiently.until(driver -> !status.getText().isEmpty() && !status.getText().startsWith("Re-running"));
        WebElement comparison = browser.findElement(By.id("comparison"));
        assertThat(comparison.isDisplayed()).as(status.getText()).isTrue();
        return comparison.findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .toList();
    }

    /** Writes the dashboard as the browser shows it where {@code bella.screenshot} says, for the README. */
    private void saveScreenshotIfAsked() throws IOException {
        String target = System.getProperty("bella.screenshot");
        if (target != null) {
            Files.write(Path.of(target), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
        }
    }

    private List<String> figures(String period) {
        WebElement figures = browser.findElement(By.cssSelector("#figures [data-period='" + period + "']"));
        return List.of(figures.findElement(By.cssSelector("dd.calls")).getText(),
                figures.findElement(By.cssSelector("dd.bookings")).getText(),
                figures.findElement(By.cssSelector("dd.conversion")).getText());
    }

    private List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
