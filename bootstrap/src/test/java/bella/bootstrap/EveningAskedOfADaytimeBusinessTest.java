package bella.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole call, on Tuesday, March 3rd, to a studio open Monday to Friday 9 to 5: a caller asking for the time after
 * work hears that it is outside the hours and is offered that day's last free times, not another day's.
 */
class EveningAskedOfADaytimeBusinessTest {

    private static final Map<String, String> STUDIO = Map.of(
            "BUSINESS_NAME", "Kneady Hands",
            "BUSINESS_HOURS", "Mon-Fri 09:00-17:00",
            "SERVICES", "Massage=60",
            "SLOT_GRANULARITY", "30");

    @TempDir
    Path data;

    @Test
    void aCallerAskingForAfterWorkIsOfferedTheLastTimesOfThatDay() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), STUDIO)) {
            TwilioCaller caller = bella.caller("CA00000000000000000000000000000f01", "+14165550401");
            caller.dial();
            caller.say("I'd like to book a massage");
            assertThat(caller.say("thursday after work")).contains("That's outside our opening hours that day.")
                    .contains("Thursday, March 5th").contains("3, 3:30 or 4 PM").doesNotContain("Friday");
            assertThat(caller.say("4 please")).contains("your name");
        }
    }
}
