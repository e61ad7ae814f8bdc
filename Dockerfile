# syntax=docker/dockerfile:1
# Bella in a container: built here with the Maven wrapper, run on a JRE 21 as an unprivileged user, its SQLite
# database on a volume. `docker compose up` (docker-compose.yml) puts it behind Caddy with TLS.

# --- build: the same wrapper and Maven as a developer's `./mvnw`; BuildKit keeps ~/.m2 between builds ----------------
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY domain domain
COPY application application
COPY adapters-twilio adapters-twilio
COPY adapters-speech adapters-speech
COPY adapters-calendar adapters-calendar
COPY adapters-persistence adapters-persistence
COPY bootstrap bootstrap
# the tests run in CI before an image is built (.github/workflows/ci.yml)
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -q -DskipTests package

# --- run -------------------------------------------------------------------------------------------------------------
FROM eclipse-temurin:21-jre AS runtime
# curl for the health check only
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --user-group --home-dir /app --shell /usr/sbin/nologin bella \
    && mkdir -p /app/data \
    && chown -R bella:bella /app
WORKDIR /app
COPY --from=build /src/bootstrap/target/bella.jar /tmp/bella.jar

# the README's memory setting: 250 MB resident after 1,000 calls instead of 409 MB with the JVM's defaults
ENV JAVA_TOOL_OPTIONS="-Xmx96m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
# class-data sharing: the jar unpacked (bella.jar and lib/), started once (with the options above) to the point where
# the application is ready and stopped, writing the classes it loaded to bella.jsa, which each start then maps
# instead of loading them from the jars again: start-up less than half as long. The archive belongs to this JVM and
# these jars; the JVM ignores it, with a warning, if either changes.
RUN java -Djarmode=tools -jar /tmp/bella.jar extract --force --destination /app \
    && DATABASE_URL="jdbc:sqlite:/tmp/training/bella.db" LOG_LEVEL=WARN \
       java -XX:ArchiveClassesAtExit=/app/bella.jsa -Dspring.context.exit=onRefresh -jar /app/bella.jar \
    && rm -rf /tmp/training /tmp/bella.jar
# every interface (SERVER_ADDRESS), so the proxy reaches Bella, which then starts only with a login no one would guess
ENV DATABASE_URL="jdbc:sqlite:/app/data/bella.db" \
    SERVER_PORT=8080 \
    SERVER_ADDRESS=0.0.0.0
# events, tokens and read models (SQLite); the directory already belongs to bella, so a new volume does too
VOLUME ["/app/data"]
EXPOSE 8080
# by number, so that a platform that refuses to run root can check it (10001 is bella)
USER 10001:10001

# /healthz answers 200 while the database answers, 503 when it does not; start-up takes up to a minute on a busy host
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${SERVER_PORT}/healthz" || exit 1

ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/bella.jsa", "-jar", "/app/bella.jar"]
