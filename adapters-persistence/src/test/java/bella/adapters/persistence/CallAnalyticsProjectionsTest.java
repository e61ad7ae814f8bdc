package bella.adapters.persistence;

import bella.application.analytics.CallAnalytics;
import bella.application.analytics.CallFunnelProjection;
import bella.application.analytics.CallSummariesProjection;
import bella.application.analytics.CallSummary;
import bella.application.analytics.Conversion;
import bella.application.analytics.Outcome;
import bella.domain.call.BookingChanged;
import bella.domain.call.BookingCompleted;
import bella.domain.call.BookingReadBack;
import bella.domain.call.CallEnded;
import bella.domain.call.CallFailed;
import bella.domain.call.CallStarted;
import bella.domain.call.HoursGiven;
import bella.domain.call.IntentDetected;
import bella.domain.call.SlotAccepted;
import bella.domain.call.SlotRequested;
import bella.domain.call.SlotsOffered;
import bella.domain.call.Stage;
import bella.domain.call.UtteranceHeard;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The call projections build their tables from call events, and rebuild the same rows from the same events. */
class CallAnalyticsProjectionsTest {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    /** Tuesday 3 March 2026, 10:00 in Toronto. */
    private static final Instant TUESDAY_TEN = Instant.parse("2026-03-03T15:00:00Z");
    /** Tuesday 3 March 2026, 23:30 in Toronto: already Wednesday in UTC. */
    private static final Instant TUESDAY_LATE = Instant.parse("2026-03-04T04:30:00Z");

    @TempDir
    Path directory;

    private SqliteStore store;
    private JdbcTemplate jdbc;
    private JdbcCallSummaries summaries;
    private JdbcCallFunnel funnel;

    @BeforeEach
    void open() {
        store = new SqliteStore(directory.resolve("bella.db"));
        jdbc = new JdbcTemplate(store.dataSource);
        summaries = new JdbcCallSummaries(jdbc);
        funnel = new JdbcCallFunnel(jdbc);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void givenCalls_whenSummarised_thenOneRowPerCallAndReplayingAfterAResetGivesTheSameRows() throws Exception {
        var projection = new AnnotationEventHandlerAdapter(new CallSummariesProjection(summaries));

        apply(projection, history());
        List<Map<String, Object>> built = rows("call_summaries", "call_sid");
        projection.prepareReset();
        assertThat(rows("call_summaries", "call_sid")).isEmpty();
        apply(projection, history());

        assertThat(summaries.startedBetween(Instant.EPOCH, TUESDAY_LATE.plusSeconds(1))).containsExactly(
                new CallSummary("CA-hours", "+14165550103", TUESDAY_LATE, TUESDAY_LATE, 20L, 1, Outcome.ANSWERED,
                        null, null, 0, null),
                new CallSummary("CA-ongoing", null, TUESDAY_TEN.plusSeconds(90), null, null, 0, null, null, null, 0,
                        null),
                new CallSummary("CA-hung-up", "+14165550102", TUESDAY_TEN.plusSeconds(60), TUESDAY_TEN, 50L, 2,
                        Outcome.FAILED, "hung_up", "offer", 0, null),
                new CallSummary("CA-cancel", "+14165550104", TUESDAY_TEN.plusSeconds(30), TUESDAY_TEN, 40L, 2,
                        Outcome.CANCELLED, null, null, 0, null),
                new CallSummary("CA-booked", "+14165550101", TUESDAY_TEN, TUESDAY_TEN, 95L, 3, Outcome.BOOKED, null,
                        null, 1, null));
        assertThat(rows("call_summaries", "call_sid")).isEqualTo(built);
    }

    @Test
    void givenCalls_whenFunnelled_thenEachCallCountsOncePerStepAndReplayingAfterAResetGivesTheSameRows()
            throws Exception {
        var projection = new AnnotationEventHandlerAdapter(new CallFunnelProjection(funnel));

        apply(projection, history());
        List<Map<String, Object>> built = rows("call_funnel", "call_sid, step");
        projection.prepareReset();
        assertThat(rows("call_funnel", "call_sid, step")).isEmpty();
        apply(projection, history());

        assertThat(built).extracting(row -> row.get("call_sid") + " " + row.get("step")).containsExactly(
                "CA-booked ASKED_TO_BOOK", "CA-booked BOOKED", "CA-booked READ_BACK", "CA-booked SLOT_OFFERED",
                "CA-booked STARTED", "CA-booked TIME_REQUESTED",
                "CA-cancel STARTED",
                "CA-hours STARTED",
                "CA-hung-up ASKED_TO_BOOK", "CA-hung-up SLOT_OFFERED", "CA-hung-up STARTED",
                "CA-hung-up TIME_REQUESTED",
                "CA-ongoing STARTED");
        assertThat(rows("call_funnel", "call_sid, step")).isEqualTo(built);
    }

    @Test
    void givenCalls_whenAskedForTheirConversion_thenFiguresCountTheBusinessDaysCallsBegunOn() throws Exception {
        apply(new AnnotationEventHandlerAdapter(new CallSummariesProjection(summaries)), history());
        apply(new AnnotationEventHandlerAdapter(new CallFunnelProjection(funnel)), history());
        var analytics = new CallAnalytics(summaries, funnel, TORONTO);
        LocalDate monday = LocalDate.of(2026, 3, 2);
        LocalDate tuesday = LocalDate.of(2026, 3, 3);

        Conversion conversion = analytics.conversion(monday, tuesday);

        assertThat(conversion.calls()).isEqualTo(5);
        assertThat(conversion.bookings()).isEqualTo(1);
        assertThat(conversion.conversionRate()).isEqualTo(0.2);
        assertThat(conversion.byDay()).containsExactly(new Conversion.Day(monday, 0, 0),
                new Conversion.Day(tuesday, 5, 1));
        assertThat(conversion.funnel()).containsExactly(new Conversion.Step("started", 5),
                new Conversion.Step("asked_to_book", 2), new Conversion.Step("time_requested", 2),
                new Conversion.Step("slot_offered", 2), new Conversion.Step("read_back", 1),
                new Conversion.Step("booked", 1));
        assertThat(conversion.failureReasons()).containsExactly(new Conversion.FailureReason("hung_up", 1));
        assertThat(conversion.byVariant()).containsExactly(new Conversion.Variant(null, 5, 1));

        Conversion wednesday = analytics.conversion(tuesday.plusDays(1), tuesday.plusDays(1));
        assertThat(wednesday.calls()).isZero();
        assertThat(wednesday.conversionRate()).isZero();
        assertThat(wednesday.funnel()).allSatisfy(step -> assertThat(step.calls()).isZero());

        assertThat(analytics.calls(tuesday, tuesday, Optional.empty())).extracting("callSid")
                .containsExactly("CA-hours", "CA-ongoing", "CA-hung-up", "CA-cancel", "CA-booked");
        assertThat(analytics.calls(tuesday, tuesday, Optional.of(Outcome.FAILED)))
                .extracting("callSid").containsExactly("CA-hung-up");
        assertThat(analytics.callsByHour(tuesday, tuesday).get(10)).isEqualTo(4);
        assertThat(analytics.callsByHour(tuesday, tuesday).get(23)).isEqualTo(1);
        assertThat(analytics.averageLength(tuesday, tuesday)).contains(Duration.ofSeconds(51, 250_000_000));
    }

    /** Five calls of one Tuesday: booked, hung up at the offer, the hours late at night, a cancel, one going on. */
    private static List<Object> history() {
        Instant at = TUESDAY_TEN;
        Instant slot = Instant.parse("2026-03-10T19:00:00Z");
        List<Object> events = new ArrayList<>();
        events.add(new CallStarted("CA-booked", "+14165550101", "+14165550000", TORONTO.getId(), List.of(), at));
        events.add(new CallStarted("CA-cancel", "+14165550104", "+14165550000", TORONTO.getId(), List.of(),
                at.plusSeconds(30)));
        events.add(heard("CA-booked", 1, at));
        events.add(new IntentDetected("CA-booked", "BOOK", at));
        events.add(heard("CA-booked", 2, at));
        events.add(new SlotRequested("CA-booked", slot, null, "HOUR", at));
        events.add(new CallStarted("CA-hung-up", "+14165550102", "+14165550000", TORONTO.getId(), List.of(),
                at.plusSeconds(60)));
        events.add(heard("CA-hung-up", 1, at));
        events.add(new IntentDetected("CA-hung-up", "BOOK", at));
        events.add(new SlotRequested("CA-hung-up", slot, null, "DAY", at));
        events.add(new SlotsOffered("CA-hung-up", List.of(slot), Duration.ofMinutes(30), false, at));
        events.add(heard("CA-hung-up", 2, at));
        events.add(new SlotRequested("CA-hung-up", slot.plusSeconds(3600), null, "HOUR", at));
        events.add(new SlotsOffered("CA-hung-up", List.of(slot.plusSeconds(3600)), Duration.ofMinutes(30), false,
                at));
        events.add(new CallFailed("CA-hung-up", CallFailed.Reason.HUNG_UP, Stage.OFFER, at));
        events.add(new CallEnded("CA-hung-up", "completed", 50, at));
        events.add(new SlotsOffered("CA-booked", List.of(slot), Duration.ofMinutes(30), false, at));
        events.add(new SlotAccepted("CA-booked", slot, slot.plusSeconds(1800), at));
        events.add(new BookingReadBack("CA-booked", slot, slot.plusSeconds(1800), "Ann Lee", at));
        events.add(heard("CA-booked", 3, at));
        events.add(new BookingCompleted("CA-booked", "appointment-1", at));
        events.add(new CallEnded("CA-booked", "completed", 95, at));
        events.add(heard("CA-cancel", 1, at));
        events.add(new IntentDetected("CA-cancel", "CANCEL", at));
        events.add(heard("CA-cancel", 2, at));
        events.add(new BookingChanged("CA-cancel", "appointment-0", BookingChanged.Change.CANCELLED, at));
        events.add(new CallEnded("CA-cancel", "completed", 40, at));
        events.add(new CallStarted("CA-ongoing", null, "+14165550000", TORONTO.getId(), List.of(), at.plusSeconds(90)));
        events.add(new CallStarted("CA-hours", "+14165550103", "+14165550000", TORONTO.getId(), List.of(),
                TUESDAY_LATE));
        events.add(heard("CA-hours", 1, TUESDAY_LATE));
        events.add(new IntentDetected("CA-hours", "HOURS", TUESDAY_LATE));
        events.add(new HoursGiven("CA-hours", TUESDAY_LATE));
        events.add(new CallEnded("CA-hours", "completed", 20, TUESDAY_LATE));
        return events;
    }

    private static UtteranceHeard heard(String callSid, int turn, Instant at) {
        return new UtteranceHeard(callSid, turn, "words", 0.9, "SPEECH", "INTENT", at);
    }

    private static void apply(AnnotationEventHandlerAdapter projection, List<Object> events) throws Exception {
        for (Object event : events) {
            projection.handle(GenericEventMessage.asEventMessage(event));
        }
    }

    private List<Map<String, Object>> rows(String table, String order) {
        return jdbc.queryForList("SELECT * FROM " + table + " ORDER BY " + order);
    }
}
