package bella.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Callers who all dial at once, each asking for Thursday afternoon and taking the first slot Bella offers, answering
 * as soon as she speaks, until booked: as many races for the same slots as a few callers can make.
 */
final class EagerCallers {

    /** Enough answers for a caller who loses every race for a slot on the way: far more than a booking needs. */
    private static final int MOST_ANSWERS = 40;

    private EagerCallers() {
    }

    /**
     * @param first the number of the first caller, which their call sids and phone numbers are made from
     * @return the last words each caller heard
     */
    static List<String> call(RunningBella bella, int callers, int first) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> calls = new ArrayList<>();
            for (int i = first; i < first + callers; i++) {
                TwilioCaller caller = bella.caller(String.format("CA%032d", i), String.format("+1416555%04d", i));
                calls.add(pool.submit(() -> {
                    start.await();
                    return bookWhateverIsOffered(caller);
                }));
            }
            start.countDown();
            List<String> heard = new ArrayList<>();
            for (Future<String> call : calls) {
                heard.add(call.get());
            }
            return heard;
        } finally {
            pool.shutdown();
        }
    }

    private static String bookWhateverIsOffered(TwilioCaller caller) {
        caller.dial();
        caller.say("I'd like to book an appointment");
        String said = caller.say("Thursday afternoon");
        for (int answers = 0; !caller.hungUp() && answers < MOST_ANSWERS; answers++) {
            said = said.contains("your name") ? caller.say("my name is Alex Martin") : caller.press("1");
        }
        return said;
    }
}
