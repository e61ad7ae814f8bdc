package bella.adapters.persistence;

import bella.application.analytics.CallAnalytics;
import bella.application.analytics.CallSummariesProjection;
import bella.application.analytics.CallSummary;
import bella.application.analytics.Conversion;
import bella.domain.call.BookingCompleted;
import bella.domain.call.CallEnded;
import bella.domain.call.CallStarted;
import bella.domain.call.PromptVariantAssigned;
import bella.domain.call.ReadBackStyle;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Each call's summary keeps the variant it heard; calls recorded before variants, or without them, keep none. */
class CallSummariesVariantsTest {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    /** Tuesday 3 March 2026, 10:00 in Toronto. */
    private static final Instant TUESDAY_TEN = Instant.parse("2026-03-03T15:00:00Z");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);

    @TempDir
    Path directory;

    private SqliteStore store;
    private JdbcTemplate jdbc;
    private JdbcCallSummaries summaries;

    @BeforeEach
    void open() {
        store = new SqliteStore(directory.resolve("bella.db"));
        jdbc = new JdbcTemplate(store.dataSource);
        summaries = new JdbcCallSummaries(jdbc);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void givenCallsOfTwoVariantsAndAnOldOne_whenSummarisedAndRebuilt_thenEachKeepsItsVariantAndTheFiguresSplit()
            throws Exception {
        var projection = new AnnotationEventHandlerAdapter(new CallSummariesProjection(summaries));

        apply(projection);
        List<Map<String, Object>> built = jdbc.queryForList("SELECT * FROM call_summaries ORDER BY call_sid");
        projection.prepareReset();
        apply(projection);

        assertThat(jdbc.queryForList("SELECT * FROM call_summaries ORDER BY call_sid")).isEqualTo(built);
        assertThat(summaries.startedBetween(Instant.EPOCH, TUESDAY_TEN.plusSeconds(60)))
                .extracting(CallSummary::callSid, CallSummary::variant)
                .containsExactlyInAnyOrder(tuple("CA-warm-1", "warm"),
                        tuple("CA-warm-2", "warm"),
                        tuple("CA-plain", "plain"),
                        tuple("CA-before-variants", null));
        assertThat(new CallAnalytics(summaries, new JdbcCallFunnel(jdbc), TORONTO).conversion(TUESDAY, TUESDAY)
                .byVariant()).containsExactly(new Conversion.Variant("warm", 2, 1),
                new Conversion.Variant(null, 1, 1), new Conversion.Variant("plain", 1, 0));
    }

    private void apply(AnnotationEventHandlerAdapter projection) throws Exception {
        for (Object event : List.of(
                started("CA-before-variants", 0), new BookingCompleted("CA-before-variants", "A1", TUESDAY_TEN),
                started("CA-warm-1", 10), assigned("CA-warm-1", "warm"),
                new BookingCompleted("CA-warm-1", "A2", TUESDAY_TEN),
                started("CA-warm-2", 20), assigned("CA-warm-2", "warm"),
                started("CA-plain", 30), assigned("CA-plain", "plain"),
                new CallEnded("CA-plain", "completed", 40, TUESDAY_TEN.plusSeconds(40)))) {
            projection.handle(GenericEventMessage.asEventMessage(event));
        }
    }

    private static CallStarted started(String callSid, int second) {
        return new CallStarted(callSid, "+14165550101", "+14165550000", TORONTO.getId(), List.of(),
                TUESDAY_TEN.plusSeconds(second));
    }

    private static PromptVariantAssigned assigned(String callSid, String variant) {
        return new PromptVariantAssigned(callSid, variant, "Hello from {business}.", "Hello {name}.",
                ReadBackStyle.SUMMARY, TUESDAY_TEN);
    }
}
