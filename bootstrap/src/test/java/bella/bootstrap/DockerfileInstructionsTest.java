package bella.bootstrap;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reads Dockerfiles as Docker does: stages, continued lines, comments. */
class DockerfileInstructionsTest {

    @Test
    void givenTwoStagesWithContinuedLinesAndComments_whenRead_thenEachInstructionIsWholeAndInItsStage() {
        var file = DockerfileInstructions.parse(List.of(
                "# syntax=docker/dockerfile:1",
                "ARG BASE=21",
                "FROM --platform=linux/amd64 maven:3 AS build",
                "RUN echo one \\",
                "    # a comment inside a continued instruction",
                "    && echo two",
                "FROM eclipse-temurin:21-jre",
                "user app",
                "USER 10001"));

        assertThat(file.stages()).extracting(DockerfileInstructions.Stage::image)
                .containsExactly("maven:3", "eclipse-temurin:21-jre");
        assertThat(file.stages().get(0).name()).isEqualTo("build");
        assertThat(file.stages().get(0).all("RUN")).containsExactly("echo one && echo two");
        assertThat(file.last().name()).isNull();
        assertThat(file.last().all("USER")).containsExactly("app", "10001");
        assertThat(file.last().last("USER")).isEqualTo("10001");
        assertThat(file.last().last("HEALTHCHECK")).isNull();
    }

    @Test
    void anInstructionBeforeTheFirstFromOrALineContinuedPastTheEndIsRefused() {
        assertThatThrownBy(() -> DockerfileInstructions.parse(List.of("RUN true", "FROM x")))
                .hasMessageContaining("RUN before the first FROM");
        assertThatThrownBy(() -> DockerfileInstructions.parse(List.of("FROM x", "RUN true \\")))
                .hasMessageContaining("continues past the end");
    }
}
