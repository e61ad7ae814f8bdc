package bella.bootstrap.operations;

import bella.domain.booking.AppointmentBooked;
import bella.domain.call.CallFailed;
import bella.domain.call.CallStarted;
import bella.domain.call.UtteranceNotUnderstood;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Counts what this process records as it is committed: calls begun, appointments booked, answers Bella could not
 * use and calls that failed, by reason. It watches events as they are published rather than handling them in an
 * event processor, so a rebuild never counts twice and a command that loses a race and is retried counts once.
 */
final class CallMetrics implements MessageDispatchInterceptor<EventMessage<?>> {

    private final MeterRegistry registry;
    private final Counter calls;
    private final Counter bookings;
    private final Counter misses;

    CallMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.calls = Counter.builder("bella.calls").description("Calls Bella answered").register(registry);
        this.bookings = Counter.builder("bella.bookings").description("Appointments booked").register(registry);
        this.misses = Counter.builder("bella.understanding.misses")
                .description("Answers Bella could not use: silence, or words it did not understand")
                .register(registry);
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> {
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().afterCommit(unitOfWork -> count(message.getPayload()));
            } else {
                count(message.getPayload());
            }
            return message;
        };
    }

    private void count(Object event) {
        if (event instanceof CallStarted) {
            calls.increment();
        } else if (event instanceof AppointmentBooked) {
            bookings.increment();
        } else if (event instanceof UtteranceNotUnderstood) {
            misses.increment();
        } else if (event instanceof CallFailed) {
            Counter.builder("bella.calls.failed").description("Calls that ended without serving the caller")
                    .tag("reason", ((CallFailed) event).reason().name().toLowerCase(Locale.ROOT))
                    .register(registry).increment();
        }
    }
}
