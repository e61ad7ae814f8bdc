package bella.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Dockerfile read as Docker reads it: comments and parser directives dropped, lines joined where they end in a
 * backslash, each instruction split into its keyword and its arguments, grouped by build stage ({@code FROM}).
 */
record DockerfileInstructions(List<Stage> stages) {

    record Instruction(String keyword, String arguments) {
    }

    /** One {@code FROM} and what follows it up to the next. */
    record Stage(String image, String name, List<Instruction> instructions) {

        List<String> all(String keyword) {
            return instructions.stream().filter(instruction -> instruction.keyword().equals(keyword))
                    .map(Instruction::arguments).toList();
        }

        /** The arguments of the stage's last instruction of this kind (the one that counts), or null. */
        String last(String keyword) {
            List<String> found = all(keyword);
            return found.isEmpty() ? null : found.get(found.size() - 1);
        }
    }

    static DockerfileInstructions read(Path file) {
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DockerfileInstructions parse(List<String> lines) {
        List<Stage> stages = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.startsWith("#") || stripped.isEmpty() && pending.length() == 0) {
                continue;
            }
            if (stripped.endsWith("\\")) {
                pending.append(stripped.substring(0, stripped.length() - 1).strip()).append(' ');
                continue;
            }
            pending.append(stripped);
            add(pending.toString().strip(), stages);
            pending.setLength(0);
        }
        if (pending.length() > 0) {
            throw new IllegalArgumentException("the last instruction continues past the end: " + pending);
        }
        return new DockerfileInstructions(List.copyOf(stages));
    }

    Stage last() {
        return stages.get(stages.size() - 1);
    }

    private static void add(String text, List<Stage> stages) {
        String[] parts = text.split("\\s+", 2);
        var instruction = new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1].strip() : "");
        if (instruction.keyword().equals("FROM")) {
            // FROM [--platform=…] image [AS name]
            String[] from = instruction.arguments().replaceAll("--\\S+\\s+", "").split("\\s+");
            stages.add(new Stage(from[0], from.length == 3 && from[1].equalsIgnoreCase("AS") ? from[2] : null,
                    new ArrayList<>()));
        } else if (stages.isEmpty()) {
            if (!instruction.keyword().equals("ARG")) {
                throw new IllegalArgumentException(instruction.keyword() + " before the first FROM");
            }
        } else {
            stages.get(stages.size() - 1).instructions().add(instruction);
        }
    }
}
