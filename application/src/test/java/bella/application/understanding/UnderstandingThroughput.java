package bella.application.understanding;

import bella.domain.call.Expectation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Utterances understood a second, with JMH: the caller turns of the public {@code booking-utterances.tsv}, one after
 * another, each read as the answer to "when would you like to come in?". Short by default (one fork, three
 * two-second iterations after two of warm-up); JMH's own options lengthen it ({@code -f 3 -i 10}) or run it on more
 * threads ({@code -t 2}). A main, not a test; run from the repository's root:
 * <pre>
 * ./mvnw -q -pl application -am test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
 *     -Dmdep.includeScope=test
 * java -cp application/target/test-classes:application/target/classes:$(cat application/target/test-classpath.txt) \
 *     bella.application.understanding.UnderstandingThroughput [JMH options]
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class UnderstandingThroughput {

    /** The corpus assumes today is Friday 1 March 2019; the call comes in at opening time. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2019, 3, 1, 9, 0, 0, 0, ZoneId.of("America/Toronto"));

    private Understanding understanding;
    private List<String> utterances;
    private int next;

    public static void main(String[] args) throws Exception {
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = UnderstandingThroughput.class.getName();
        org.openjdk.jmh.Main.main(all);
    }

    @Setup
    public void setUp() throws IOException {
        understanding = new Understanding("CA", LocalTime.of(9, 0), LocalTime.of(17, 0), List.of(), Map.of(),
                PublicHolidays.of("CA"));
        try (var in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                UnderstandingThroughput.class.getResourceAsStream("/corpora/booking-utterances.tsv")),
                StandardCharsets.UTF_8))) {
            // the text is the fourth column; the first line is the header, '#' lines are comments
            utterances = in.lines().skip(1).filter(line -> !line.startsWith("#"))
                    .map(line -> line.split("\t", -1)[3]).toList();
        }
    }

    @Benchmark
    public Object understandOne() {
        String text = utterances.get(next);
        next = (next + 1) % utterances.size();
        return understanding.understand(text, Expectation.TIME, NOW);
    }
}
