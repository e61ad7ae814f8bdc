package bella.bootstrap;

import bella.application.analytics.CallAnalytics;
import bella.application.analytics.CallSummary;
import bella.application.analytics.Conversion;
import bella.application.appointments.AppointmentView;
import bella.application.appointments.Appointments;
import bella.application.costs.CostEstimate;
import bella.application.costs.Costs;
import bella.domain.call.UtteranceHeard;
import bella.domain.call.UtteranceNotUnderstood;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The owner's dashboard: the figures of the last days, recent and upcoming business, and any call as its transcript
 * beside its events. Pages are rendered on the server by Thymeleaf, which escapes every value it writes (callers'
 * names, numbers and words included); the little JavaScript they carry draws the chart, follows the calls in
 * progress and shows a re-run.
 */
@Controller
class Dashboard {

    private static final int RECENT_CALLS = 20;
    private static final int CHART_DAYS = 30;
    private static final Duration UPCOMING = Duration.ofDays(30);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);

    private final CallAnalytics analytics;
    private final Appointments appointments;
    private final CallHistory history;
    private final CallsInProgress inProgress;
    private final DeadLetterApi parked;
    private final Costs costs;
    private final ObjectMapper json;
    private final ZoneId zone;
    private final Clock clock;

    Dashboard(CallAnalytics analytics, Appointments appointments, CallHistory history, CallsInProgress inProgress,
              DeadLetterApi parked, Costs costs, ObjectMapper json, Settings settings, Clock clock) {
        this.analytics = analytics;
        this.appointments = appointments;
        this.history = history;
        this.inProgress = inProgress;
        this.parked = parked;
        this.costs = costs;
        this.json = json;
        this.zone = settings.rules().zone();
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Conversion month = analytics.conversion(today.minusDays(CHART_DAYS - 1), today);
        model.addAttribute("today", today);
        model.addAttribute("periods", List.of(period("Today", today, 1), period("Last 7 days", today, 7),
                period("Last 30 days", today, CHART_DAYS)));
        model.addAttribute("chart", chart(month));
        model.addAttribute("funnel", month.funnel());
        model.addAttribute("funnelStart", Math.max(1, month.funnel().get(0).calls()));
        model.addAttribute("failureReasons", month.failureReasons());
        model.addAttribute("variants", month.byVariant().stream().map(variant -> new Variant(variant.variant(),
                variant.calls(), variant.bookings(), percent((double) variant.bookings() / variant.calls()))).toList());
        model.addAttribute("upcoming", appointments.overlapping(now, now.plus(UPCOMING)).stream()
                .filter(appointment -> !appointment.start().isBefore(now)
                        && !Appointments.CANCELLED.equals(appointment.status()))
                .map(this::row).toList());
        model.addAttribute("recent", analytics.calls(today.minusDays(CHART_DAYS - 1), today, Optional.empty())
                .stream().limit(RECENT_CALLS).map(this::row).toList());
        model.addAttribute("inProgress", inProgress.now());
        model.addAttribute("parked", parked.deadLetters());
        model.addAttribute("costs", costRow(costs.estimate(YearMonth.from(today))));
        return "dashboard";
    }

    /** One call: what was said turn by turn beside every event recorded, and the way to re-run it. */
    @GetMapping("/dashboard/calls/{callSid}")
    String call(@PathVariable String callSid, Model model) {
        List<? extends DomainEventMessage<?>> events = history.of(callSid);
        if (events.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, AnalyticsApi.NO_SUCH_CALL);
        }
        model.addAttribute("callSid", callSid);
        model.addAttribute("transcript", transcript(events));
        model.addAttribute("events", events.stream().map(this::row).toList());
        return "call";
    }

    private Period period(String label, LocalDate last, int days) {
        Conversion figures = analytics.conversion(last.minusDays(days - 1), last);
        return new Period(label, figures.calls(), figures.bookings(), percent(figures.conversionRate()));
    }

    /** The daily figures as the chart takes them: days as seconds since the epoch (drawn in UTC), rates in %. */
    private static Chart chart(Conversion figures) {
        List<Long> days = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        List<Long> calls = new ArrayList<>();
        for (Conversion.Day day : figures.byDay()) {
            days.add(day.date().atStartOfDay(ZoneOffset.UTC).toEpochSecond());
            rates.add(day.calls() == 0 ? null : 100.0 * day.bookings() / day.calls());
            calls.add(day.calls());
        }
        return new Chart(days, rates, calls);
    }

    private static CostRow costRow(CostEstimate estimate) {
        return new CostRow(MONTH.format(estimate.month()), estimate.usage().minutes(), estimate.usage().texts(),
                "$" + estimate.totalUsd(), "$" + estimate.alertUsd(), estimate.alertPassed());
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    private CallRow row(CallSummary call) {
        return new CallRow(call.callSid(), call.caller(), WHEN.format(call.startedAt().atZone(zone)),
                call.outcome() == null ? "in progress" : call.outcome().label(), call.reason(), call.turns());
    }

    private AppointmentRow row(AppointmentView appointment) {
        return new AppointmentRow(WHEN.format(appointment.start().atZone(zone)), appointment.name(),
                appointment.phone(), appointment.service(), appointment.callSid());
    }

    private EventRow row(DomainEventMessage<?> event) {
        try {
            return new EventRow(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                    TIME.format(event.getTimestamp().atZone(zone)), json.writeValueAsString(event.getPayload()));
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("event " + event.getIdentifier() + " cannot be shown", unwritable);
        }
    }

    /** The caller's answers in order, each with the question Bella had asked and whether she could use it. */
    private static List<Turn> transcript(List<? extends DomainEventMessage<?>> events) {
        Set<Integer> missed = new HashSet<>();
        events.stream().map(DomainEventMessage::getPayload).filter(UtteranceNotUnderstood.class::isInstance)
                .forEach(miss -> missed.add(((UtteranceNotUnderstood) miss).turn()));
        List<Turn> turns = new ArrayList<>();
        for (DomainEventMessage<?> event : events) {
            if (event.getPayload() instanceof UtteranceHeard heard) {
                turns.add(new Turn(heard.turn(), heard.expecting() == null ? null
                        : heard.expecting().toLowerCase(Locale.ROOT), heard.text(), missed.contains(heard.turn())));
            }
        }
        return turns;
    }

    /** The figures of the days up to today: calls begun, new bookings they made, and their ratio. */
    record Period(String label, long calls, long bookings, String conversion) {
    }

    /** The month's billed usage and estimated Twilio charges, in dollars, and whether they passed the alert. */
    record CostRow(String month, long minutes, long texts, String estimate, String alert, boolean alertPassed) {
    }

    /** A wording of Bella's (null where calls had none) and how its calls converted. */
    record Variant(String name, long calls, long bookings, String conversion) {
    }

    /** The chart's series, one entry a day; a day without calls has no rate (null), so the line skips it. */
    record Chart(List<Long> days, List<Double> rates, List<Long> calls) {
    }

    /** A call as the dashboard lists it; {@code from} is null when the number was withheld. */
    record CallRow(String callSid, String from, String started, String outcome, String reason, int turns) {
    }

    record AppointmentRow(String start, String name, String phone, String service, String callSid) {
    }

    /** One answer of the caller: the question it answered, the words heard, and whether Bella could not use it. */
    record Turn(int turn, String asked, String heard, boolean notUnderstood) {
    }

    record EventRow(long sequence, String type, String at, String payload) {
    }
}
