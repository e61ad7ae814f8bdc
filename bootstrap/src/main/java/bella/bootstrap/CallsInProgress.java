package bella.bootstrap;

import bella.application.analytics.CallAnalytics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The calls going on now, pushed to the owner's open dashboards as server-sent events whenever they change.
 * <p>
 * The source is the {@code call_summaries} projection, read here every second, rather than the events this process
 * handles: when two processes share a database, a call may be answered by the other one, and only the projection
 * (kept by whichever process holds its token, in the shared database) sees every call. Nothing is read while no
 * dashboard is open.
 */
@RestController
class CallsInProgress implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(CallsInProgress.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    /** A browser reconnects on its own when a stream ends: the bound only frees streams of vanished browsers. */
    private static final Duration STREAM = Duration.ofMinutes(30);

    private final CallAnalytics analytics;
    private final Clock clock;
    private final ZoneId zone;
    private final List<SseEmitter> dashboards = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService poller;
    private volatile List<LiveCall> last;

    CallsInProgress(CallAnalytics analytics, Clock clock, Settings settings) {
        this.analytics = analytics;
        this.clock = clock;
        this.zone = settings.rules().zone();
    }

    /** The calls in progress now. */
    List<LiveCall> now() {
        return analytics.inProgress(clock.instant()).stream()
                .map(call -> new LiveCall(call.callSid(), call.caller(),
                        LocalDateTime.ofInstant(call.startedAt(), zone).toLocalTime().withNano(0).toString(),
                        call.turns()))
                .toList();
    }

    /** A stream of {@code calls} events, each the whole list of calls in progress: first at once, then on change. */
    @GetMapping(path = "/dashboard/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live() {
        SseEmitter dashboard = new SseEmitter(STREAM.toMillis());
        dashboard.onCompletion(() -> dashboards.remove(dashboard));
        dashboard.onTimeout(dashboard::complete);
        dashboard.onError(failure -> dashboards.remove(dashboard));
        if (send(dashboard, now())) {
            dashboards.add(dashboard);
        }
        return dashboard;
    }

    private void poll() {
        if (dashboards.isEmpty()) {
            last = null;
            return;
        }
        try {
            List<LiveCall> calls = now();
            if (!calls.equals(last)) {
                last = calls;
                dashboards.removeIf(dashboard -> !send(dashboard, calls));
            }
        } catch (RuntimeException unreadable) {
            // the database may be busy or briefly unavailable: the next poll tries again
            LOG.warn("Calls in progress not read: {}", unreadable.getMessage());
        }
    }

    /** False when the dashboard is gone. */
    private static boolean send(SseEmitter dashboard, List<LiveCall> calls) {
        try {
            dashboard.send(SseEmitter.event().name("calls").data(calls, MediaType.APPLICATION_JSON));
            return true;
        } catch (IOException | IllegalStateException gone) {
            dashboard.completeWithError(gone);
            return false;
        }
    }

    @Override
    public void start() {
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "calls-in-progress");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::poll, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Ends the open streams before the web server stops, which would otherwise wait for them to end. */
    @Override
    public void stop() {
        poller.shutdownNow();
        dashboards.forEach(SseEmitter::complete);
        dashboards.clear();
    }

    @Override
    public boolean isRunning() {
        return poller != null && !poller.isShutdown();
    }

    /** A call going on: who calls (null when withheld), since when (the business's time), how many answers so far. */
    record LiveCall(String callSid, String from, String since, int turns) {
    }
}
