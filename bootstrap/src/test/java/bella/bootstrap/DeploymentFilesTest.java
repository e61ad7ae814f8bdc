package bella.bootstrap;

import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.GetMapping;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The container and Compose files, checked without a Docker engine: the Dockerfile's instructions as Docker parses
 * them, {@code docker-compose.yml} as YAML, both against each other, the README and the application.
 */
class DeploymentFilesTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern SETTING = Pattern.compile("`([A-Z][A-Z0-9_]+)`");

    private final DockerfileInstructions dockerfile = DockerfileInstructions.read(ROOT.resolve("Dockerfile"));
    private final Map<String, Object> compose = yaml("docker-compose.yml");

    @Test
    void theImageIsBuiltWithTheWrapperAndRunsTheJarOnAJre21AsAnUnprivilegedUser() {
        assertThat(dockerfile.stages()).hasSizeGreaterThanOrEqualTo(2);
        var build = dockerfile.stages().get(0);
        assertThat(build.name()).isNotBlank();
        assertThat(build.all("RUN")).anyMatch(run -> run.contains("./mvnw") && run.contains("package"));

        var runtime = dockerfile.last();
        assertThat(runtime.image()).matches("eclipse-temurin:21[.\\d]*-jre.*");
        assertThat(runtime.all("COPY")).anyMatch(copy -> copy.contains("--from=" + build.name())
                && copy.contains("bootstrap/target/bella.jar"));
        String user = runtime.last("USER");
        assertThat(user).as("the runtime stage's USER").isNotNull();
        assertThat(user.split(":")[0]).isNotIn("root", "0");
        assertThat(runtime.last("ENTRYPOINT")).contains("java", "-jar");
    }

    @Test
    void theImageTakesTheReadmesMemorySettingExposesThePortAndKeepsTheDataOnAVolume() throws IOException {
        var runtime = dockerfile.last();
        String readmeOptions = readmeJvmOptions();
        assertThat(runtime.all("ENV")).anyMatch(env -> env.contains("JAVA_TOOL_OPTIONS=\"" + readmeOptions + "\""));
        assertThat(runtime.all("EXPOSE")).containsExactly("8080");
        assertThat(runtime.all("ENV")).anyMatch(env -> env.contains("SERVER_PORT=8080"));
        assertThat(runtime.all("ENV"))
                .anyMatch(env -> env.contains("DATABASE_URL=\"jdbc:sqlite:" + dataVolume() + "/"));
    }

    @Test
    void theImagesHealthCheckAsksTheApplicationsHealthEndpoint() {
        String check = dockerfile.last().last("HEALTHCHECK");
        assertThat(check).as("HEALTHCHECK").isNotNull().contains("CMD");
        Matcher url = Pattern.compile("http://127\\.0\\.0\\.1:\\$\\{SERVER_PORT}(/[\\w/-]*)").matcher(check);
        assertThat(url.find()).as("a URL on this container's own port in " + check).isTrue();
        assertThat(getPaths(OwnerApi.class)).contains(url.group(1));
    }

    @Test
    void oneServerRunsBellaOnItsSqliteVolumeBehindCaddyWithTls() throws IOException {
        var caddy = service("caddy");
        assertThat((String) caddy.get("image")).startsWith("caddy:");
        assertThat(strings(caddy.get("ports"))).contains("80:80", "443:443");
        assertThat(strings(caddy.get("volumes"))).contains("./Caddyfile:/etc/caddy/Caddyfile:ro")
                .anyMatch(volume -> volume.endsWith(":/data"));
        assertThat(caddy).doesNotContainKey("profiles");

        var bella = service("bella");
        assertThat(strings(bella.get("profiles"))).containsExactly("sqlite");
        assertThat(bella.get("build")).isEqualTo(".");
        assertThat(strings(bella.get("volumes"))).contains("bella-data:" + dataVolume());
        assertThat(environment(bella).get("DATABASE_URL")).startsWith("jdbc:sqlite:" + dataVolume() + "/");
        assertThat(bella.get("env_file")).isEqualTo(".env");

        String caddyfile = Files.readString(ROOT.resolve("Caddyfile"));
        assertThat(caddyfile).contains("{$BELLA_DOMAIN} {").doesNotContain("tls internal").doesNotContain("http://");
        assertThat(caddyfile).contains("dynamic a bella 8080");
        assertThat(networkAliases(bella)).contains("bella");
    }

    @Test
    void thePostgresProfileRunsTwoReplicasOnOneDatabaseBehindTheSameProxy() {
        var postgres = service("postgres");
        assertThat(strings(postgres.get("profiles"))).containsExactly("postgres");
        assertThat((String) postgres.get("image")).startsWith("postgres:");
        assertThat(strings(postgres.get("volumes"))).contains("postgres-data:/var/lib/postgresql/data");
        assertThat(map(postgres.get("healthcheck")).get("test").toString()).contains("pg_isready");

        var replicas = service("bella-postgres");
        assertThat(strings(replicas.get("profiles"))).containsExactly("postgres");
        assertThat(map(replicas.get("deploy")).get("replicas")).isEqualTo(2);
        assertThat(networkAliases(replicas)).contains("bella");
        assertThat(map(map(replicas.get("depends_on")).get("postgres")).get("condition")).isEqualTo("service_healthy");
        // one service scaled to two: both replicas have this one database, the postgres service's own
        var database = environment(postgres);
        assertThat(environment(replicas).get("DATABASE_URL")).isEqualTo("postgresql://" + database.get("POSTGRES_USER")
                + ":" + database.get("POSTGRES_PASSWORD") + "@postgres:5432/" + database.get("POSTGRES_DB"));
        // a node id from .env would be shared by both replicas and let each take the other's claims
        assertThat(environment(replicas)).containsEntry("BELLA_NODE_ID", "");
        assertThat(replicas).doesNotContainKey("ports");
    }

    @Test
    void everyNamedVolumeIsDeclaredAndTheFilesTheBuildNeedsAreNotIgnored() throws IOException {
        Set<String> named = map(compose.get("services")).values().stream()
                .flatMap(service -> strings(map(service).getOrDefault("volumes", List.of())).stream())
                .map(volume -> volume.split(":")[0])
                .filter(source -> !source.startsWith(".") && !source.startsWith("/"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(named).containsExactlyInAnyOrder("bella-data", "postgres-data", "caddy-data", "caddy-config");
        assertThat(map(compose.get("volumes")).keySet()).containsExactlyInAnyOrderElementsOf(named);

        List<String> ignored = Files.readAllLines(ROOT.resolve(".dockerignore")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertThat(ignored).contains(".git", "**/target", "data", ".env");
        assertThat(dockerfile.stages().get(0).all("COPY").stream()
                .map(copy -> copy.split("\\s+")[0])).doesNotContainAnyElementsOf(ignored);
    }

    @Test
    void theEnvironmentExampleNamesEverySettingOfTheReadmesTable() throws IOException {
        Set<String> documented = Files.readAllLines(ROOT.resolve(".env.example")).stream()
                .map(line -> line.replaceFirst("^#\\s*", ""))
                .filter(line -> line.matches("[A-Z][A-Z0-9_]*=.*"))
                .map(line -> line.substring(0, line.indexOf('=')))
                .collect(Collectors.toSet());
        assertThat(readmeSettings()).hasSizeGreaterThan(20);
        assertThat(documented).containsAll(readmeSettings());
        // and what Compose itself reads from .env
        assertThat(documented).contains("COMPOSE_PROFILES", "BELLA_DOMAIN", "POSTGRES_PASSWORD", "JAVA_TOOL_OPTIONS");
    }

    /** The settings named in the first column of the README's settings table. */
    static Set<String> readmeSettings() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String section = readme.substring(readme.indexOf("\n## Settings"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        Set<String> names = new LinkedHashSet<>();
        for (String row : section.lines().filter(line -> line.startsWith("| `")).toList()) {
            Matcher setting = SETTING.matcher(row.split("\\|")[1]);
            while (setting.find()) {
                names.add(setting.group(1));
            }
        }
        return names;
    }

    static Map<String, Object> yaml(String file) {
        try {
            return new Yaml().load(Files.readString(ROOT.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    static List<String> strings(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }

    private Map<String, Object> service(String name) {
        var services = map(compose.get("services"));
        assertThat(services).containsKey(name);
        return map(services.get(name));
    }

    private static Map<String, String> environment(Map<String, Object> service) {
        return map(service.get("environment")).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> String.valueOf(entry.getValue())));
    }

    private static List<String> networkAliases(Map<String, Object> service) {
        return strings(map(map(service.get("networks")).get("default")).get("aliases"));
    }

    /** Where the image keeps its data: its one VOLUME. */
    private String dataVolume() {
        List<String> volumes = dockerfile.last().all("VOLUME");
        assertThat(volumes).hasSize(1);
        return volumes.get(0).replaceAll("[\\[\\]\"]", "").strip();
    }

    /** The JVM options of the README's command that starts Bella. */
    private static String readmeJvmOptions() throws IOException {
        Matcher command = Pattern.compile("java (-X[^\\n]*?) -jar bootstrap/target/bella\\.jar")
                .matcher(Files.readString(ROOT.resolve("README.md")));
        assertThat(command.find()).as("the README's java command").isTrue();
        return command.group(1);
    }

    private static Set<String> getPaths(Class<?> controller) {
        return Arrays.stream(controller.getDeclaredMethods())
                .map((Method method) -> method.getAnnotation(GetMapping.class))
                .filter(mapping -> mapping != null)
                .flatMap(mapping -> Arrays.stream(mapping.path().length > 0 ? mapping.path() : mapping.value()))
                .collect(Collectors.toSet());
    }
}
