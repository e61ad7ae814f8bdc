package bella.adapters.persistence;

import bella.application.messages.MessageView;
import bella.application.messages.MessagesProjection;
import bella.application.messages.PendingMessage;
import bella.domain.call.MessageRecorded;
import bella.domain.call.MessageTranscribed;
import bella.domain.call.RecordingRefused;
import bella.domain.call.TranscriptionFailed;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The messages projection lists each message once with its transcription's status, schedules the pending ones, and
 * rebuilds the same rows from the same events.
 */
class MessagesProjectionTest {

    private static final Instant MORNING = Instant.parse("2026-03-03T15:00:00Z");
    private static final String PATH = "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Recordings/RE";

    @TempDir
    Path directory;

    private SqliteStore store;
    private JdbcTemplate jdbc;
    private JdbcMessages messages;
    private AnnotationEventHandlerAdapter projection;

    @BeforeEach
    void open() {
        store = new SqliteStore(directory.resolve("bella.db"));
        jdbc = new JdbcTemplate(store.dataSource);
        messages = new JdbcMessages(jdbc);
        projection = new AnnotationEventHandlerAdapter(new MessagesProjection(messages));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Four messages: transcribed, failed, refused, and one still pending, the first delivered twice. */
    private static List<Object> history() {
        return List.of(
                new MessageRecorded("CA1", "+14165550101", "RE1", 12, PATH + "1", MORNING),
                new MessageRecorded("CA1", "+14165550101", "RE1", 12, PATH + "1", MORNING),
                new MessageRecorded("CA2", null, "RE2", 30, PATH + "2", MORNING.plusSeconds(60)),
                new MessageRecorded("CA3", "+14165550103", "RE3", 5, null, MORNING.plusSeconds(120)),
                new RecordingRefused("CA3", "RE3", "https://attacker.example/x", MORNING.plusSeconds(120)),
                new MessageRecorded("CA4", "+14165550104", "RE4", 8, PATH + "4", MORNING.plusSeconds(180)),
                new MessageTranscribed("CA1", "RE1", "Please call me back.", MORNING.plusSeconds(20)),
                new TranscriptionFailed("CA2", "RE2", TranscriptionFailed.Reason.SERVICE_FAILED, "500",
                        MORNING.plusSeconds(600)));
    }

    @Test
    void givenMessages_whenListed_thenEachShowsItsCallerLengthTranscriptAndStatus() throws Exception {
        live(history());

        assertThat(messages.between(MORNING, MORNING.plus(Duration.ofDays(1)))).containsExactly(
                new MessageView("CA1", "+14165550101", MORNING, 12, "Please call me back.", "transcribed"),
                new MessageView("CA2", null, MORNING.plusSeconds(60), 30, null, "failed"),
                new MessageView("CA3", "+14165550103", MORNING.plusSeconds(120), 5, null, "failed"),
                new MessageView("CA4", "+14165550104", MORNING.plusSeconds(180), 8, null, "pending"));
        assertThat(messages.between(MORNING.plusSeconds(61), MORNING.plusSeconds(180))).extracting(MessageView::callSid)
                .containsExactly("CA3");
    }

    @Test
    void givenPendingMessages_whenDue_thenOnlyThoseWithARecordingToFetchAreTriedAndARetryWaitsItsTurn()
            throws Exception {
        live(history());

        assertThat(messages.due(MORNING.plusSeconds(180), 10))
                .containsExactly(new PendingMessage("CA4", "RE4", PATH + "4", 0));
        messages.retryAt("CA4", 1, MORNING.plusSeconds(300), "Twilio answered 404 for the recording");
        assertThat(messages.due(MORNING.plusSeconds(299), 10)).isEmpty();
        messages.readyNow("RE4", MORNING.plusSeconds(200));
        assertThat(messages.due(MORNING.plusSeconds(200), 10))
                .containsExactly(new PendingMessage("CA4", "RE4", PATH + "4", 1));
    }

    @Test
    void givenMessages_whenReplayedAfterAReset_thenTheSameRows() throws Exception {
        live(history());
        List<Map<String, Object>> built = rows();

        projection.prepareReset();
        assertThat(rows()).isEmpty();
        replay(history());

        assertThat(rows()).isEqualTo(built);
    }

    private void live(List<Object> events) throws Exception {
        for (Object event : events) {
            projection.handle(GenericEventMessage.asEventMessage(event));
        }
    }

    /** As a rebuild delivers them: tracked, behind the position the tokens were reset at. */
    private void replay(List<Object> events) throws Exception {
        var resetAt = new GlobalSequenceTrackingToken(events.size());
        for (int i = 0; i < events.size(); i++) {
            EventMessage<Object> message = GenericEventMessage.asEventMessage(events.get(i));
            projection.handle(new GenericTrackedEventMessage<>(
                    ReplayToken.createReplayToken(resetAt, new GlobalSequenceTrackingToken(i)), message));
        }
    }

    private List<Map<String, Object>> rows() {
        return jdbc.queryForList("SELECT * FROM messages ORDER BY call_sid");
    }
}
