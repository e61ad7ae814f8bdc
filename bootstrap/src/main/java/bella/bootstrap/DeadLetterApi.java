package bella.bootstrap;

import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The owner's view of the events a projection failed on, parked in the dead-letter queue instead of skipped, and a
 * way to try them again once the cause is fixed. Under {@code /api}, so protected like the rest of the owner's API.
 */
@RestController
class DeadLetterApi {

    private final ObjectProvider<Configuration> axon;

    DeadLetterApi(ObjectProvider<Configuration> axon) {
        this.axon = axon;
    }

    /** Every parked event, by processing group, in the order each aggregate's events must be applied. */
    @GetMapping(path = "/api/projections/dead-letters", produces = MediaType.APPLICATION_JSON_VALUE)
    List<DeadLetterJson> deadLetters() {
        var processing = processing();
        List<DeadLetterJson> letters = new ArrayList<>();
        for (String group : groups(processing)) {
            processing.deadLetterQueue(group).ifPresent(queue -> queue.deadLetters()
                    .forEach(sequence -> sequence.forEach(letter -> letters.add(json(group, letter)))));
        }
        return letters;
    }

    /**
     * Applies the parked events again, each aggregate's in order; a sequence that fails again stays parked with
     * the new error. Answers how many sequences were applied and how many events remain parked.
     */
    @PostMapping(path = "/api/projections/dead-letters/retry", produces = MediaType.APPLICATION_JSON_VALUE)
    RetryJson retry() {
        var processing = processing();
        int applied = 0;
        long remaining = 0;
        for (String group : groups(processing)) {
            var queue = processing.deadLetterQueue(group);
            var processor = processing.sequencedDeadLetterProcessor(group);
            if (queue.isEmpty() || processor.isEmpty()) {
                continue;
            }
            // each call takes the sequence touched longest ago, so one pass per sequence tries each of them once
            for (long sequences = queue.get().amountOfSequences(); sequences > 0; sequences--) {
                if (processor.get().processAny()) {
                    applied++;
                }
            }
            remaining += queue.get().size();
        }
        return new RetryJson(applied, remaining);
    }

    private EventProcessingConfiguration processing() {
        return axon.getObject().eventProcessingConfiguration();
    }

    private static TreeSet<String> groups(EventProcessingConfiguration processing) {
        return new TreeSet<>(processing.eventProcessors().keySet());
    }

    private static DeadLetterJson json(String group, DeadLetter<? extends EventMessage<?>> letter) {
        var message = letter.message();
        var domain = message instanceof DomainEventMessage ? (DomainEventMessage<?>) message : null;
        return new DeadLetterJson(group, message.getPayloadType().getSimpleName(), message.getIdentifier(),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(),
                letter.cause().map(DeadLetterApi::describe).orElse(null), letter.enqueuedAt(), letter.lastTouched());
    }

    private static String describe(Cause cause) {
        return cause.type() + ": " + cause.message();
    }

    /** A parked event: where it failed, which event of which aggregate, why, since when and when last tried. */
    record DeadLetterJson(String processingGroup, String eventType, String eventId, String aggregateId,
                          Long sequenceNumber, String error, Instant parkedAt, Instant lastTried) {
    }

    /** What a retry did: sequences applied in full, events still parked. */
    record RetryJson(int applied, long stillParked) {
    }
}
