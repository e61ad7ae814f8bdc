package bella.bootstrap;

import bella.application.analytics.CallAnalytics;
import bella.application.analytics.CallSummary;
import bella.application.analytics.Conversion;
import bella.application.analytics.Outcome;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the owner learns of the calls: conversion figures and the list of calls from the projections, and any call
 * as the exact sequence of its events from the event store. Under {@code /api}, so protected like the rest of the
 * owner's API.
 */
@RestController
class AnalyticsApi {

    /** Never the id that was asked for: no answer gives back what a request sent. */
    static final String NO_SUCH_CALL = "no such call";
    private static final int DEFAULT_RANGE_DAYS = 30;

    private final CallAnalytics analytics;
    private final CallHistory history;
    private final ObjectMapper json;
    private final ZoneId zone;
    private final Clock clock;

    AnalyticsApi(CallAnalytics analytics, CallHistory history, ObjectMapper json, Settings settings, Clock clock) {
        this.analytics = analytics;
        this.history = history;
        this.json = json;
        this.zone = settings.rules().zone();
        this.clock = clock;
    }

    @GetMapping(path = "/api/analytics/conversion", produces = MediaType.APPLICATION_JSON_VALUE)
    Conversion conversion(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        BusinessDays days = days(from, to);
        return analytics.conversion(days.first(), days.last());
    }

    /** The calls begun in the range, newest first; {@code outcome} keeps those of one outcome. */
    @GetMapping(path = "/api/calls", produces = MediaType.APPLICATION_JSON_VALUE)
    List<CallJson> calls(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                         @RequestParam(required = false) String outcome) {
        BusinessDays days = days(from, to);
        Optional<Outcome> wanted = outcome == null ? Optional.empty() : Optional.of(Outcome.ofLabel(outcome)
                .orElseThrow(() -> new BadQuery("outcome must be one of booked, moved, cancelled, "
                        + "answered or failed")));
        return analytics.calls(days.first(), days.last(), wanted).stream().map(this::json).toList();
    }

    /** Every event of the call, in the order it happened, read from the event store (not from a projection). */
    @GetMapping(path = "/api/calls/{callSid}/events", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> events(@PathVariable String callSid) {
        List<EventJson> recorded = history.of(callSid).stream().map(this::json).toList();
        if (recorded.isEmpty()) {
            return ResponseEntity.status(404).body(Map.of("error", NO_SUCH_CALL));
        }
        return ResponseEntity.ok(recorded);
    }

    /** The days asked for; without them, the last 30 days up to today. */
    private BusinessDays days(String from, String to) {
        LocalDate last = to == null ? LocalDate.now(clock.withZone(zone)) : BusinessDays.day("to", to);
        return new BusinessDays(from == null ? last.minusDays(DEFAULT_RANGE_DAYS - 1) : BusinessDays.day("from", from),
                last);
    }

    private CallJson json(CallSummary call) {
        return new CallJson(call.callSid(), call.caller(), LocalDateTime.ofInstant(call.startedAt(), zone),
                call.endedAt() == null ? null : LocalDateTime.ofInstant(call.endedAt(), zone),
                call.outcome() == null ? null : call.outcome().label(),
                call.reason(), call.turns());
    }

    private EventJson json(DomainEventMessage<?> event) {
        return new EventJson(event.getSequenceNumber(), event.getPayloadType().getSimpleName(), event.getTimestamp(),
                json.valueToTree(event.getPayload()));
    }

    /** One call as the API lists it: times are local to the business; {@code from} is the caller's number. */
    record CallJson(String callSid, String from, LocalDateTime startedAt, LocalDateTime endedAt, String outcome,
                    String reason, int turns) {
    }

    /** One recorded event: its place in the call, its type, when it was recorded, and its fields. */
    record EventJson(long sequence, String type, Instant timestamp, JsonNode payload) {
    }
}
