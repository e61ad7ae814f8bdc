package bella.bootstrap;

import bella.application.conversation.HandleTurn;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A turn reads the day's Schedule without its lock; another caller's booking of the first slot of that day commits
 * after the read and before the turn commits. The turn must not commit the offer it made from what it read: it is
 * redone, and the redo offers the day without the slot just booked.
 */
class StaleReadRedoneTest {

    private static final String OFFERED = "CA00000000000000000000000000000301";
    private static final String BOOKING = "CA00000000000000000000000000000302";

    @TempDir
    Path data;

    @Test
    void anOfferWhoseDayWasBookedAfterItsReadIsRedoneWithoutTheSlot() throws Exception {
        Path database = data.resolve("bella.db");
        String offered;
        AtomicInteger attempts = new AtomicInteger();
        try (RunningBella bella = RunningBella.start(database, Map.of())) {
            TwilioCaller booking = bella.caller(BOOKING, "+14165550302");
            booking.dial();
            booking.say("I'd like to book");
            booking.say("Thursday at 9");
            assertThat(booking.say("Grace Hopper")).contains("Thursday, March 5th at 9 AM").contains("Shall I book it");

            TwilioCaller offering = bella.caller(OFFERED, "+14165550301");
            offering.dial();
            offering.say("I'd like to book");

            // The offering turn's first try stops after its handler has read Thursday, before it commits.
            CountDownLatch read = new CountDownLatch(1);
            CountDownLatch booked = new CountDownLatch(1);
            Registration pause = bella.bean(CommandBus.class).registerHandlerInterceptor(
                    (MessageHandlerInterceptor<CommandMessage<?>>) (unitOfWork, chain) -> {
                        Object result = chain.proceed();
                        if (unitOfWork.getMessage().getPayload() instanceof HandleTurn turn
                                && turn.callId().equals(OFFERED) && attempts.incrementAndGet() == 1) {
                            read.countDown();
                            // bounded, so that a turn holding the day's lock lets the booking through in the end
                            booked.await(30, TimeUnit.SECONDS);
                        }
                        return result;
                    });
            try {
                CompletableFuture<String> offer = CompletableFuture.supplyAsync(() -> offering.say("Thursday"));
                assertThat(read.await(60, TimeUnit.SECONDS)).isTrue();
                assertThat(booking.press("1")).contains("You're booked for Thursday, March 5th at 9 AM");
                booked.countDown();
                offered = offer.get(60, TimeUnit.SECONDS);
            } finally {
                pause.cancel();
            }
        }

        assertThat(attempts).hasValue(2);
        assertThat(offered).contains("I have 9:30, 10 or 10:30 AM on Thursday, March 5th");
        assertThat(OfferAudit.of(database).stale()).isEmpty();
    }
}
