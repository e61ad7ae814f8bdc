package bella.bootstrap;

import bella.domain.call.CallEnded;
import bella.domain.call.CallFailed;
import bella.domain.call.CallFailed.Reason;
import bella.domain.call.CallerDeclined;
import bella.domain.call.RequestUnclear;
import bella.domain.call.RequestUnclear.What;
import bella.domain.call.Stage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * This version started on a store of calls the version before wrote (outcomes in words, every call event at
 * revision 1; dumped from a real run): it reads their outcomes as today's types, each ended call loads to where it
 * ended, and the calls left open go on, with the revision-1 events and new ones in one stream.
 */
class RevisionOneCallsTest {

    private static final String SERVICES = "Cleaning=60, Checkup=30";

    @TempDir
    Path data;

    @Test
    void givenCallsWrittenAtRevisionOne_whenThisVersionStarts_thenTheyAreReadTypedAndGoOn() throws Exception {
        Path database = data.resolve("bella.db");
        UpgradeTest.load(database, "upgrade/call-outcomes-revision-1.sql");

        try (RunningBella bella = RunningBella.start(database, Map.of("SERVICES", SERVICES))) {
            EventStore store = bella.bean(EventStore.class);
            assertThat(events(store, call(7), CallFailed.class)).extracting(CallFailed::reason, CallFailed::stage)
                    .containsExactly(tuple(Reason.KEYS_NOT_OFFERED, Stage.MENU));
            assertThat(events(store, call(15), CallerDeclined.class)).extracting(CallerDeclined::stage)
                    .containsExactly(Stage.CONFIRM_CANCEL, Stage.MENU);
            assertThat(events(store, call(16), RequestUnclear.class)).extracting(RequestUnclear::what)
                    .containsExactly(What.NO_TIME_OF_DAY);

            // An ended call that failed says, to a late answer, what it said last.
            assertThat(answer(bella, 9, "/twilio/gather?turn=5&expect=SERVICE", "a cleaning"))
                    .contains("I'm having trouble understanding you");

            // Asked to cancel with nothing booked: told so then, it books now.
            assertThat(answer(bella, 17, "/twilio/gather?turn=2&expect=INTENT", "a cleaning on friday at 9"))
                    .contains("your name");
            // Offered two Wednesdays: the first is taken.
            assertThat(answer(bella, 18, "/twilio/gather?turn=2&expect=CHOICE", "the first one"))
                    .contains("your name");
            // Declined the read-back: a new time is read back with the name given before.
            assertThat(answer(bella, 19, "/twilio/gather?turn=4&expect=TIME", "friday at 11"))
                    .contains("Dana Kim", "11");

            bella.caller(call(19), "+14165550119").hangUp(40);
            List<Object> last = store.readEvents(call(19)).asStream().map(EventMessage::getPayload)
                    .map(Object.class::cast).toList();
            assertThat(last.subList(last.size() - 2, last.size())).hasExactlyElementsOfTypes(CallFailed.class,
                    CallEnded.class);
            assertThat((CallFailed) last.get(last.size() - 2)).extracting(CallFailed::reason, CallFailed::stage)
                    .containsExactly(Reason.HUNG_UP, Stage.READ_BACK);
        }
    }

    private static String call(int number) {
        return String.format("CA%032d", number);
    }

    private static String answer(RunningBella bella, int call, String gather, String words) {
        // A gather is routed by its CallSid alone.
        var response = bella.caller(call(call), "+14165550100").post(gather, Map.of("SpeechResult", words, "Confidence", "0.91"));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static <T> List<T> events(EventStore store, String callId, Class<T> type) {
        return store.readEvents(callId).asStream().map(EventMessage::getPayload).filter(type::isInstance)
                .map(type::cast).toList();
    }
}
