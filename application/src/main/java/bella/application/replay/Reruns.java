package bella.application.replay;

import bella.application.availability.BusinessRules;
import bella.application.conversation.Phrasing;
import bella.application.conversation.Reply;
import bella.application.conversation.UnknownCall;
import bella.application.understanding.PhoneNumbers;
import bella.application.understanding.Understanding;
import bella.domain.call.CallStarted;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Re-runs a recorded call through today's understanding and dialogue: its answers are fed, each at its recorded
 * instant, into a {@link Sandbox} that holds the bookings as they stood at each turn, and the words Bella says now
 * are set beside those the call heard, in today's phrasing. The real event store is only read.
 */
public class Reruns {

    private final EventStorageEngine store;
    private final Sandbox.Today today;

    public Reruns(EventStorageEngine store, BusinessRules rules, Understanding understanding, Phrasing phrasing,
                  PhoneNumbers numbers, List<String> services) {
        this.store = store;
        this.today = new Sandbox.Today(rules, understanding, phrasing, numbers, List.copyOf(services));
    }

    /**
     * @throws UnknownCall    when no call was recorded under the sid
     * @throws UnreadableCall when an older Bella recorded the call in a form today's cannot read or feed in again
     */
    public Comparison rerun(String callSid) {
        RecordedCall call = RecordedCall.read(callSid, store.readEvents(callSid));
        List<List<DomainEventMessage<?>>> history = History.before(store, call);
        CallStarted started = call.started();
        List<Step> rerun = new ArrayList<>();
        try (Sandbox sandbox = new Sandbox(today, started.at(), call.variant().orElse(null), call.recording())) {
            sandbox.seed(history.get(0));
            Reply reply = fed(callSid, 0, () -> sandbox.answer(callSid, started.from(), started.to()));
            rerun.add(new Step(0, null, reply.words()));
            for (int i = 0; i < call.answers().size() && !reply.endsCall(); i++) {
                RecordedCall.Answer answer = call.answers().get(i);
                sandbox.seed(history.get(i + 1));
                reply = fed(callSid, answer.turn(), () -> sandbox.hear(callSid, answer));
                rerun.add(new Step(answer.turn(), answer.text(), reply.words()));
            }
        }
        return Comparison.of(call.steps(today.phrasing()), rerun);
    }

    /** Today's code failing on what a call recorded is a finding about that call, told as such, not a server error. */
    private static Reply fed(String callSid, int turn, Supplier<Reply> step) {
        try {
            return step.get();
        } catch (RuntimeException failed) {
            throw new UnreadableCall((turn == 0 ? "the start" : "turn " + turn) + " of call " + callSid
                    + " could not be fed to today's Bella: " + RecordedCall.cause(failed));
        }
    }
}
