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
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The owner's dashboard driven in headless Chromium: sign in, see the figures of a seeded month, follow a call
 * live from its start to its end, open a failed call and see what was said beside its events.
 * <p>
 * Needs Debian's {@code chromium} and {@code chromium-driver} (or the browser and driver named by BELLA_CHROMIUM and
 * BELLA_CHROMEDRIVER); without them the test is skipped, except under {@code CI=true}, where it fails. With {@code -Dbella.screenshot=PATH} it also saves a picture of the dashboard.
 */
class DashboardBrowserTest {

    /** Environment variables naming another browser and its driver than Debian's, as on GitHub's runners. */
    static final String CHROMIUM_SETTING = "BELLA_CHROMIUM";
    static final String CHROMEDRIVER_SETTING = "BELLA_CHROMEDRIVER";
    private static final Path CHROMIUM = installed(CHROMIUM_SETTING, "/usr/bin/chromium");
    private static final Path CHROMEDRIVER = installed(CHROMEDRIVER_SETTING, "/usr/bin/chromedriver");
    private static final String USER = "owner";
    private static final String PASSWORD = "s3cret-pass";
    private static final String LIVE_CALL = "CA0000000000000000000000000000f001";
    /** The test drives the browser over WebDriver alone: Selenium's warning that no DevTools version matches is noise. */
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
    void theOwnerSeesTheMonthFollowsACallLiveAndOpensAFailedCall() throws IOException {
        try (RunningBella bella = SeededHistory.seed(data.resolve("bella.db"),
                Map.of("ADMIN_USER", USER, "ADMIN_PASS", PASSWORD))) {
            // HTTP Basic: the first page is opened with the login in its address, and the browser sends it again
            // with every later request to Bella (the live stream, the re-run) by itself
            URI base = URI.create(bella.base());
            browser.get(base.getScheme() + "://" + USER + ":" + PASSWORD + "@" + base.getAuthority() + "/dashboard");

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
            assertThat(browser.findElement(By.id("rerun-button")).isEnabled()).isTrue();
        }
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
