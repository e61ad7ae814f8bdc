package bella.domain.call;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static bella.domain.call.CallTest.CALL;
import static bella.domain.call.CallTest.NOW;
import static bella.domain.call.CallTest.STARTED;
import static bella.domain.call.PersonOrMessageTest.RECORDING;

/** A recording deleted at Twilio is recorded on its call once; a deletion that keeps failing is recorded once too. */
class RecordingDeletionTest {

    private static final String FAILED = "Twilio answered 500 to the deletion";

    private AggregateTestFixture<Call> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Call.class);
    }

    @Test
    void whenDeleted_thenTheDeletionIsRecorded() {
        fixture.given(STARTED)
                .when(new RecordRecordingDeletion(CALL, RECORDING, 1, null, NOW))
                .expectEvents(new RecordingDeleted(CALL, RECORDING, NOW));
    }

    @Test
    void givenDeleted_whenReportedAgain_thenNothingMoreIsRecorded() {
        fixture.given(STARTED, new RecordingDeleted(CALL, RECORDING, NOW))
                .when(new RecordRecordingDeletion(CALL, RECORDING, 2, null, NOW))
                .expectNoEvents();
    }

    @Test
    void whenFailing_thenTheOwnerIsToldOnce() {
        fixture.given(STARTED)
                .when(new RecordRecordingDeletion(CALL, RECORDING, 6, FAILED, NOW))
                .expectEvents(new RecordingDeletionFailing(CALL, RECORDING, 6, FAILED, NOW));
        fixture.given(STARTED, new RecordingDeletionFailing(CALL, RECORDING, 6, FAILED, NOW))
                .when(new RecordRecordingDeletion(CALL, RECORDING, 7, FAILED, NOW))
                .expectNoEvents();
    }

    @Test
    void givenFailing_whenDeletedAtLast_thenTheDeletionIsRecorded() {
        fixture.given(STARTED, new RecordingDeletionFailing(CALL, RECORDING, 6, FAILED, NOW))
                .when(new RecordRecordingDeletion(CALL, RECORDING, 9, null, NOW))
                .expectEvents(new RecordingDeleted(CALL, RECORDING, NOW));
    }
}
