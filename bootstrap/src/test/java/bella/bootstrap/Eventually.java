package bella.bootstrap;

import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waits for what follows a call after the fact (a text at the fake Twilio, an event the sender records): bounded by
 * {@link RunningBella#PATIENCE}, a bound on a failure, never a wait on success.
 */
final class Eventually {

    private Eventually() {
    }

    static void awaitThat(BooleanSupplier done) {
        awaitFound(() -> done.getAsBoolean() ? Optional.of(true) : Optional.empty(), "what the test waited for");
    }

    static <T> T awaitFound(Supplier<Optional<T>> find, String what) {
        Instant giveUp = Instant.now().plus(RunningBella.PATIENCE);
        Optional<T> found = find.get();
        while (found.isEmpty()) {
            assertThat(Instant.now()).as("waited for %s", what).isBefore(giveUp);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            found = find.get();
        }
        return found.get();
    }
}
