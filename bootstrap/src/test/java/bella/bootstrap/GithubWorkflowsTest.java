package bella.bootstrap;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static bella.bootstrap.DeploymentFilesTest.ROOT;
import static bella.bootstrap.DeploymentFilesTest.map;
import static bella.bootstrap.DeploymentFilesTest.strings;
import static bella.bootstrap.DeploymentFilesTest.yaml;
import static org.assertj.core.api.Assertions.assertThat;

/** The GitHub workflows and Dependabot's configuration, read as YAML: what runs, on what, with which settings. */
class GithubWorkflowsTest {

    /** The README's test command, which CI runs as written. */
    private static final String TEST_COMMAND = "./mvnw -B -ntp verify";

    private final Map<String, Object> ci = yaml(".github/workflows/ci.yml");
    private final Map<String, Object> deploy = yaml(".github/workflows/deploy.yml");

    @Test
    void ciRunsTheTestCommandOnJava17And21WithTheMavenCacheOnEveryPushAndPullRequest() {
        assertThat(triggers(ci)).containsKeys("push", "pull_request");
        var test = job(ci, "test");
        assertThat(strings(map(map(test.get("strategy")).get("matrix")).get("java"))).containsExactly("17", "21");
        var setupJava = step(test, "actions/setup-java@");
        assertThat(map(setupJava.get("with"))).containsEntry("java-version", "${{ matrix.java }}")
                .containsEntry("cache", "maven");
        assertThat(runs(test)).contains(TEST_COMMAND);
    }

    @Test
    void ciRunsThePostgresqlSuiteAgainstAServiceContainerNamedByTheVariableTheTestsRead() {
        var test = job(ci, "test");
        var postgres = map(map(test.get("services")).get("postgres"));
        assertThat((String) postgres.get("image")).startsWith("postgres:");
        var server = map(postgres.get("env"));
        assertThat(strings(postgres.get("ports"))).contains("5432:5432");
        assertThat(map(test.get("env"))).containsEntry(PostgresqlDatabase.SERVER, "jdbc:postgresql://localhost:5432/"
                + server.get("POSTGRES_DB") + "?user=" + server.get("POSTGRES_USER")
                + "&password=" + server.get("POSTGRES_PASSWORD"));
        assertThat((String) postgres.get("options")).contains("--health-cmd");
    }

    @Test
    void ciNamesTheBrowserTheDashboardsBrowserTestDrives() {
        assertThat(map(job(ci, "test").get("env"))).containsKeys(DashboardBrowserTest.CHROMIUM_SETTING,
                DashboardBrowserTest.CHROMEDRIVER_SETTING);
    }

    @Test
    void ciBuildsTheImageOnceTheTestsPass() {
        var image = job(ci, "image");
        assertThat(image.get("needs")).isEqualTo("test");
        assertThat(map(step(image, "docker/build-push-action@").get("with"))).containsEntry("context", ".")
                .containsEntry("push", false);
        assertThat(runs(image)).anyMatch(run -> run.contains("docker compose --profile postgres config"));
    }

    @Test
    void deployRunsAfterCiPassesOnMainAndDeploysOverSshWithAHealthCheckThatRollsBack() throws IOException {
        var workflowRun = map(triggers(deploy).get("workflow_run"));
        assertThat(strings(workflowRun.get("workflows"))).containsExactly(ci.get("name").toString());
        assertThat(strings(workflowRun.get("branches"))).containsExactly("main");
        var job = job(deploy, "deploy");
        assertThat((String) job.get("if")).contains("github.event.workflow_run.conclusion == 'success'");
        assertThat(runs(job)).anyMatch(run -> run.contains("ssh ") && run.contains("< .github/deploy/on-server.sh"));

        String onServer = Files.readString(ROOT.resolve(".github/deploy/on-server.sh"));
        assertThat(onServer).contains("set -euo pipefail", "git fetch", "docker compose pull", "docker compose build",
                "docker tag \"$image\" bella:previous", "docker tag bella:previous \"$image\"");
        assertThat(onServer).containsPattern("docker compose up -d .*--wait .*\\|\\| roll_back")
                .containsPattern("curl -fsS .*/healthz.*\\|\\| roll_back");
    }

    @Test
    void dependabotUpdatesMavenDockerAndActions() {
        var updates = ((List<?>) yaml(".github/dependabot.yml").get("updates")).stream()
                .map(update -> map(update).get("package-ecosystem")).toList();
        assertThat(updates).containsExactlyInAnyOrder("maven", "docker", "github-actions");
    }

    /** The workflow's triggers. YAML 1.1, which SnakeYAML reads, takes the key {@code on} for the boolean true. */
    private static Map<String, Object> triggers(Map<String, Object> workflow) {
        return map(workflow.containsKey("on") ? workflow.get("on") : workflow.get(true));
    }

    private static Map<String, Object> job(Map<String, Object> workflow, String name) {
        var jobs = map(workflow.get("jobs"));
        assertThat(jobs).containsKey(name);
        return map(jobs.get(name));
    }

    private static List<Map<String, Object>> steps(Map<String, Object> job) {
        return ((List<?>) job.get("steps")).stream().map(DeploymentFilesTest::map).toList();
    }

    private static Map<String, Object> step(Map<String, Object> job, String action) {
        var uses = steps(job).stream().filter(step -> String.valueOf(step.get("uses")).startsWith(action)).toList();
        assertThat(uses).as("a step using " + action).hasSize(1);
        return uses.get(0);
    }

    private static List<String> runs(Map<String, Object> job) {
        return steps(job).stream().map(step -> step.get("run")).filter(Objects::nonNull)
                .map(run -> run.toString().strip()).toList();
    }
}
