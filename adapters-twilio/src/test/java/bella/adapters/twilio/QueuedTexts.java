package bella.adapters.twilio;

import bella.application.texts.TextOutbox;
import bella.application.texts.TextTask;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The text outbox in memory, as the database keeps it, for tests of the worker against a fake Twilio. */
final class QueuedTexts implements TextOutbox {

    private final Map<String, TextTask> rows = new LinkedHashMap<>();

    @Override
    public synchronized void enqueue(TextTask.Purpose purpose, String eventId, String appointmentId, String to,
                                     String body, Instant due, Instant sendBefore, Instant now) {
        rows.putIfAbsent(key(purpose, eventId), new TextTask(purpose, eventId, appointmentId, to, body,
                TextTask.State.PENDING, 0, due, sendBefore, null, null, null, null, null));
    }

    @Override
    public synchronized void withdrawReminders(String appointmentId) {
        rows.values().stream().filter(task -> task.purpose() == TextTask.Purpose.REMINDER)
                .filter(task -> task.appointmentId().equals(appointmentId)).filter(QueuedTexts::waiting).toList()
                .forEach(task -> put(task, TextTask.State.WITHDRAWN, task.attempts(), task.due(), task.firstTried(),
                        null, task.errorCode(), "its appointment was moved or cancelled"));
    }

    @Override
    public synchronized Optional<TextTask> claimNext(Instant now, Instant leaseUntil) {
        Optional<TextTask> next = rows.values().stream().filter(QueuedTexts::waiting)
                .filter(task -> !task.due().isAfter(now))
                .min(Comparator.comparing(TextTask::due));
        next.ifPresent(task -> put(task, TextTask.State.SENDING, task.attempts() + 1, leaseUntil,
                task.firstTried() == null ? now : task.firstTried(), null, task.errorCode(), task.lastError()));
        return next;
    }

    @Override
    public synchronized void sent(TextTask task, String messageSid) {
        TextTask row = row(task);
        put(row, TextTask.State.SENT, row.attempts(), row.due(), row.firstTried(), messageSid, null, null);
    }

    @Override
    public synchronized void retryAt(TextTask task, Instant due, boolean mayBeTaken, Integer errorCode,
                                     String error) {
        TextTask row = row(task);
        if (row.state() != TextTask.State.WITHDRAWN) {
            put(row, mayBeTaken ? TextTask.State.SENDING : TextTask.State.PENDING, row.attempts(), due,
                    row.firstTried(), null, errorCode, error);
        }
    }

    @Override
    public synchronized void failed(TextTask task, Integer errorCode, String reason) {
        TextTask row = row(task);
        put(row, TextTask.State.FAILED, row.attempts(), row.due(), row.firstTried(), null, errorCode, reason);
    }

    @Override
    public synchronized void withdrawn(TextTask task, String reason) {
        TextTask row = row(task);
        put(row, TextTask.State.WITHDRAWN, row.attempts(), row.due(), row.firstTried(), null, row.errorCode(),
                reason);
    }

    @Override
    public synchronized boolean delivered(String messageSid, String status, Integer errorCode) {
        return rows.values().stream().anyMatch(task -> messageSid.equals(task.messageSid()));
    }

    @Override
    public synchronized List<TextTask> unsettled() {
        return new ArrayList<>(rows.values().stream().filter(task -> task.state() != TextTask.State.SENT
                && task.state() != TextTask.State.WITHDRAWN).toList());
    }

    synchronized TextTask get(TextTask.Purpose purpose, String eventId) {
        return rows.get(key(purpose, eventId));
    }

    private static boolean waiting(TextTask task) {
        return task.state() == TextTask.State.PENDING || task.state() == TextTask.State.SENDING;
    }

    private static String key(TextTask.Purpose purpose, String eventId) {
        return purpose + "/" + eventId;
    }

    private TextTask row(TextTask task) {
        return rows.get(key(task.purpose(), task.eventId()));
    }

    private void put(TextTask row, TextTask.State state, int attempts, Instant due, Instant firstTried,
                     String messageSid, Integer errorCode, String error) {
        rows.put(key(row.purpose(), row.eventId()), new TextTask(row.purpose(), row.eventId(), row.appointmentId(),
                row.to(), row.body(), state, attempts, due, row.sendBefore(), firstTried, messageSid, errorCode, error,
                row.delivery()));
    }
}
