package bella.adapters.persistence;

import bella.application.costs.CostAlerts;
import bella.application.costs.CostEstimate;
import bella.application.costs.Costs;
import bella.application.costs.Rates;
import bella.application.costs.UsageProjection;
import bella.application.costs.UsageTotals;
import bella.domain.booking.ConfirmationSent;
import bella.domain.booking.ReminderSent;
import bella.domain.call.CallEnded;
import bella.domain.call.CallStarted;
import bella.domain.costs.WatchMonthlyCost;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The usage projection bills each call its minutes rounded up, on the business's day and month it began, rebuilds
 * the same rows from the same events, and reports a month past the alert threshold to its watch, but not in a rebuild.
 */
class UsageProjectionTest {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    /** Tuesday 31 March 2026, 23:30 in Toronto: already April in UTC. */
    private static final Instant MARCH_LATE = Instant.parse("2026-04-01T03:30:00Z");
    private static final Instant APRIL_FIRST = Instant.parse("2026-04-01T14:00:00Z");
    private static final Rates RATES = new Rates(new BigDecimal("0.01"), new BigDecimal("0.0079"),
            new BigDecimal("0.03"));

    @TempDir
    Path directory;

    private SqliteStore store;
    private JdbcTemplate jdbc;
    private JdbcUsage usage;
    private Costs costs;
    private final List<WatchMonthlyCost> watched = new ArrayList<>();
    private SimpleCommandBus commandBus;
    private AnnotationEventHandlerAdapter projection;

    @BeforeEach
    void open() {
        store = new SqliteStore(directory.resolve("bella.db"));
        jdbc = new JdbcTemplate(store.dataSource);
        usage = new JdbcUsage(jdbc);
        costs = new Costs(usage, RATES, TORONTO);
        commandBus = SimpleCommandBus.builder().build();
        commandBus.subscribe(WatchMonthlyCost.class.getName(), command -> {
            watched.add((WatchMonthlyCost) command.getPayload());
            return true;
        });
        projection = projection(Clock.fixed(MARCH_LATE, TORONTO));
    }

    private AnnotationEventHandlerAdapter projection(Clock clock) {
        var alerts = new CostAlerts(costs, DefaultCommandGateway.builder().commandBus(commandBus).build(), clock);
        return new AnnotationEventHandlerAdapter(new UsageProjection(usage, alerts));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void givenCalls_whenBilled_thenEachCallsMinutesAreRoundedUpAndCountOnTheBusinessDayItBegan() throws Exception {
        live(history());

        assertThat(costs.on(LocalDate.of(2026, 3, 31))).isEqualTo(new UsageTotals(4, 4, 0));
        assertThat(costs.on(LocalDate.of(2026, 4, 1))).isEqualTo(new UsageTotals(1, 1, 2));
        CostEstimate march = costs.estimate(YearMonth.of(2026, 3));
        assertThat(march.usage()).isEqualTo(new UsageTotals(4, 4, 0));
        assertThat(march.voiceUsd()).isEqualByComparingTo("0.04");
        assertThat(march.textsUsd()).isEqualByComparingTo("0.00");
        assertThat(march.totalUsd()).isEqualByComparingTo("0.04");
        assertThat(march.alertPassed()).isTrue();
        assertThat(costs.estimate(YearMonth.of(2026, 4)).alertPassed()).isFalse();
        assertThat(costs.estimate(YearMonth.of(2026, 2)).usage()).isEqualTo(new UsageTotals(0, 0, 0));
    }

    @Test
    void givenCalls_whenReplayedAfterAReset_thenTheSameRowsAndNoAlertIsReportedAgain() throws Exception {
        live(history());
        List<Map<String, Object>> built = rows();
        List<WatchMonthlyCost> reported = List.copyOf(watched);

        projection.prepareReset();
        assertThat(rows()).isEmpty();
        replay(history());

        assertThat(rows()).isEqualTo(built);
        assertThat(watched).isEqualTo(reported);
    }

    @Test
    void givenAMonthPastItsThreshold_whenACallEnds_thenTheMonthsEstimateIsReportedToItsWatch() throws Exception {
        live(history());

        // March: 2 minutes ($0.02), none, 1 more ($0.03: not past $0.03), 1 more ($0.04: past); April's minute
        // comes after the clock's month, March, and is not watched
        assertThat(watched).containsExactly(new WatchMonthlyCost("2026-03", new BigDecimal("0.04"),
                new BigDecimal("0.03"), MARCH_LATE));
    }

    @Test
    void givenUsageOfAMonthGoneBy_whenItComesInLate_thenItIsCountedButNotWatched() throws Exception {
        projection = projection(Clock.fixed(Instant.parse("2026-05-04T14:00:00Z"), TORONTO));

        live(history());

        assertThat(costs.estimate(YearMonth.of(2026, 3)).alertPassed()).isTrue();
        assertThat(watched).isEmpty();
    }

    /**
     * Four calls on the last day of March in Toronto, the last after 20:00 (April in UTC), and one on April 1st with
     * a confirmation text, recorded twice as a redelivery would, and a reminder.
     */
    private static List<Object> history() {
        Instant morning = Instant.parse("2026-03-31T14:00:00Z");
        List<Object> events = new ArrayList<>();
        events.add(started("CA-long", morning));
        events.add(started("CA-short", morning.plusSeconds(10)));
        events.add(new CallEnded("CA-long", "completed", 61, morning.plusSeconds(61)));
        events.add(started("CA-unanswered", morning.plusSeconds(20)));
        events.add(new CallEnded("CA-unanswered", "no-answer", 0, morning.plusSeconds(30)));
        events.add(new CallEnded("CA-short", "completed", 1, morning.plusSeconds(11)));
        events.add(started("CA-late", MARCH_LATE.minusSeconds(60)));
        events.add(new CallEnded("CA-late", "completed", 60, MARCH_LATE));
        events.add(started("CA-april", APRIL_FIRST));
        events.add(new CallEnded("CA-april", "completed", 59, APRIL_FIRST.plusSeconds(59)));
        events.add(new ConfirmationSent("appointment-1", "booked-1", "SM-confirmation", APRIL_FIRST.plusSeconds(60)));
        events.add(new ReminderSent("appointment-1", "booked-1", "SM-reminder", APRIL_FIRST.plusSeconds(120)));
        events.add(new ConfirmationSent("appointment-1", "booked-1", "SM-confirmation", APRIL_FIRST.plusSeconds(60)));
        return events;
    }

    private static CallStarted started(String callSid, Instant at) {
        return new CallStarted(callSid, "+14165550101", "+14165550000", TORONTO.getId(), List.of(), at);
    }

    private void live(List<Object> events) throws Exception {
        for (Object event : events) {
            projection.handle(GenericEventMessage.asEventMessage(event));
        }
    }

    /** As a rebuild delivers them: tracked, behind the position the tokens were reset at. */
    private void replay(List<Object> events) throws Exception {
        var resetAt = new GlobalSequenceTrackingToken(events.size());
        for (int i = 0; i < events.size(); i++) {
            EventMessage<Object> message = GenericEventMessage.asEventMessage(events.get(i));
            projection.handle(new GenericTrackedEventMessage<>(
                    ReplayToken.createReplayToken(resetAt, new GlobalSequenceTrackingToken(i)), message));
        }
    }

    private List<Map<String, Object>> rows() {
        return jdbc.queryForList("SELECT * FROM billed_usage ORDER BY item_id, kind");
    }
}
