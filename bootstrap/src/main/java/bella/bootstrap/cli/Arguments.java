package bella.bootstrap.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A command's arguments: options given as {@code --name value}, among those it knows, and the words besides. */
record Arguments(Map<String, String> options, List<String> words) {

    /** @throws CommandFailed for an option the command does not know or one without its value */
    static Arguments parse(List<String> args, Set<String> known, String usage) {
        Map<String, String> options = new HashMap<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                words.add(arg);
            } else if (!known.contains(arg) || i + 1 >= args.size()) {
                throw CommandFailed.badArguments("unknown or incomplete option '" + arg + "'", usage);
            } else {
                options.put(arg, args.get(++i));
            }
        }
        return new Arguments(Map.copyOf(options), List.copyOf(words));
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }
}
