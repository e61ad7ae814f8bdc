package bella.bootstrap;

import bella.adapters.calendar.BuiltInCalendar;
import bella.adapters.persistence.DatabaseBusy;
import bella.adapters.persistence.DatabaseUnavailable;
import bella.adapters.persistence.upcasting.CallUpcasters;
import bella.adapters.twilio.TwilioVoice;
import bella.application.analytics.CallAnalytics;
import bella.application.analytics.CallFunnel;
import bella.application.analytics.CallFunnelProjection;
import bella.application.analytics.CallSummaries;
import bella.application.analytics.CallSummariesProjection;
import bella.application.appointments.Appointments;
import bella.application.appointments.AppointmentsProjection;
import bella.application.appointments.Customers;
import bella.application.appointments.CustomersProjection;
import bella.application.availability.Calendar;
import bella.application.availability.Diary;
import bella.application.availability.Service;
import bella.application.conversation.AbandonedWork;
import bella.application.conversation.BoundedWork;
import bella.application.conversation.Patience;
import bella.application.conversation.Phrasing;
import bella.application.conversation.Receptionist;
import bella.application.conversation.ScheduleReservations;
import bella.application.conversation.TurnHandler;
import bella.application.conversation.UnlockedReads;
import bella.application.costs.CostAlerts;
import bella.application.costs.Costs;
import bella.application.costs.Usage;
import bella.application.costs.UsageProjection;
import bella.application.replay.Reruns;
import bella.application.understanding.PhoneNumbers;
import bella.application.understanding.Understanding;
import bella.domain.booking.Appointment;
import bella.domain.booking.Schedule;
import bella.domain.call.Call;
import bella.domain.costs.MonthlyCost;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.AxonNonTransientExceptionClassesPredicate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.ExponentialBackOffIntervalRetryScheduler;
import org.axonframework.common.lock.NullLockFactory;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.Repository;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Puts the domain, the use cases and the adapters together from the settings. */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class Wiring {

    /** Pauses of 10, 20, 40 … ms: about ten seconds in all before a command gives up. */
    private static final int RETRIES = 10;
    private static final long FIRST_RETRY_MILLIS = 10;
    private static final Duration PATIENCE = Duration.ofSeconds(5);
    private static final Duration GRACE = Duration.ofSeconds(1);
    /** Webhook work at once: enough to keep SQLite's one writer busy while others read, few enough for two cores. */
    private static final int WORKERS = 32;
    /** More calls than a small business has at once; a kept call holds its state, tens of kilobytes at most. */
    private static final int CALLS_KEPT = 256;

    @Bean
    Settings settings(Environment environment) {
        return Settings.from(environment);
    }

    @Bean
    Clock clock(Settings settings) {
        return settings.clock();
    }

    /**
     * Commands that lose a race on the event store (another writer appended to the same aggregate, or, with two
     * processes on one SQLite file, held the write lock) are retried after a growing pause: the retry sees the
     * winner's events and decides again, so the loser hears "taken" rather than an error; retries for a busy write
     * lock are counted. A database that cannot be reached is not retried: the caller hears an apology within
     * Twilio's 15 seconds rather than dead air.
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus, MeterRegistry registry) {
        ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "command-retries");
            thread.setDaemon(true);
            return thread;
        });
        var nonTransient = new AxonNonTransientExceptionClassesPredicate();
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new BusyRetries(ExponentialBackOffIntervalRetryScheduler.builder()
                        .retryExecutor(retries)
                        .backoffFactor(FIRST_RETRY_MILLIS)
                        .maxRetryCount(RETRIES)
                        .nonTransientFailurePredicate(failure -> DatabaseUnavailable.causes(failure)
                                || !DatabaseBusy.causes(failure) && nonTransient.test(failure))
                        .build(), registry))
                .build();
    }

    /**
     * The domain stays free of Spring, so its aggregates are registered here rather than by annotation. Each turn
     * of a call works on its {@code Call}: the calls in progress are kept, so a turn does not read back the whole
     * call first. A {@code Call} another process changed meanwhile is refused at the append and loaded afresh.
     * Schedules are not kept: availability must read each day as last committed, by any process.
     */
    @Bean
    ConfigurerModule aggregates() {
        return configurer -> configurer
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Call.class)
                        .configureCache(axon -> new RecentAggregates(CALLS_KEPT)))
                .configureAggregate(Schedule.class)
                .configureAggregate(Appointment.class)
                .configureAggregate(MonthlyCost.class);
    }

    /** Call events stored at an older revision are read as today's, by the aggregates and the projections alike. */
    @Bean
    ConfigurerModule upcasters() {
        return configurer -> CallUpcasters.all().forEach(upcaster -> configurer.registerEventUpcaster(c -> upcaster));
    }

    @Bean
    @ConditionalOnProperty(name = "GOOGLE_CALENDAR_ENABLED", havingValue = "false", matchIfMissing = true)
    Calendar builtInCalendar() {
        return new BuiltInCalendar();
    }

    /**
     * Availability reads the days' Schedules, in the unit of work of the turn that asks: without their locks where
     * the store verifies those reads as the turn commits (see {@link UnlockedReads}).
     */
    @Bean
    Diary diary(Settings settings, ObjectProvider<Configuration> axon, Calendar calendar, UnlockedReads reads) {
        return new Diary(settings.rules(), new ScheduleReservations(() -> axon.getObject().repository(Schedule.class),
                () -> unlockedSchedules(axon.getObject()), reads), calendar);
    }

    /** The Schedules as the event store holds them, loaded without taking their locks. */
    private static Repository<Schedule> unlockedSchedules(Configuration axon) {
        return EventSourcingRepository.builder(Schedule.class)
                .eventStore(axon.eventStore())
                .lockFactory(NullLockFactory.INSTANCE)
                .parameterResolverFactory(axon.parameterResolverFactory())
                .handlerDefinition(axon.handlerDefinition(Schedule.class))
                .build();
    }

    @Bean
    Understanding understanding(Settings settings) {
        return new Understanding(settings.phoneRegion(), settings.rules().opens(), settings.rules().closes(),
                serviceNames(settings), settings.rules().services().stream()
                .collect(Collectors.toMap(Service::name, Service::synonyms)), settings.holidays());
    }

    private static List<String> serviceNames(Settings settings) {
        return settings.rules().services().stream().map(Service::name).toList();
    }

    @Bean
    TurnHandler turnHandler(ObjectProvider<Configuration> axon, Understanding understanding, Diary diary,
                            MessagesWiring.MessageSettings messages) {
        return new TurnHandler(() -> axon.getObject().repository(Call.class),
                () -> axon.getObject().repository(Schedule.class),
                () -> axon.getObject().repository(Appointment.class), understanding, diary,
                messages.ownerPhone() != null);
    }

    @Bean
    TwilioVoice twilioVoice(Settings settings) {
        return settings.voice();
    }

    @Bean
    Phrasing phrasing(Settings settings) {
        return new Phrasing(settings.businessName(), settings.rules());
    }

    @Bean
    Receptionist receptionist(CommandGateway commands, Customers customers, Appointments appointments, Diary diary,
                              Phrasing phrasing, Settings settings, BoundedWork bounded, Clock clock,
                              MessagesWiring.MessageSettings messages) {
        return new Receptionist(commands, customers, appointments, diary, new PhoneNumbers(settings.phoneRegion()),
                phrasing, settings.rules().zone(), serviceNames(settings), settings.variants(), bounded, clock,
                messages.recording());
    }

    /**
     * A webhook waits {@link #PATIENCE} for its work, and {@link #GRACE} more for work caught committing: at most 6 s,
     * well inside the 15 s Twilio waits, leaving the apology time to reach Twilio. Normal turns take milliseconds, so
     * the bound is met only when the database queue or the gateway's retries (about 10 s in all) run long.
     */
    @Bean
    BoundedWork boundedWork(Patience patience) {
        return new BoundedWork(carryingLogContext(webhookWorkers()), patience, Patience.of(GRACE));
    }

    /**
     * A fixed number of workers, the rest queued: work given up on still runs until Axon lets it go, and with a
     * thread for each, 100 callers at once grew thousands of threads all waiting on the same aggregates' locks
     * (whose deadlock check looks at every waiting thread). Queued work given up on is refused as it starts.
     */
    static ThreadPoolExecutor webhookWorkers() {
        ThreadPoolExecutor workers = new ThreadPoolExecutor(WORKERS, WORKERS, 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "webhook-work");
                    thread.setDaemon(true);
                    return thread;
                });
        workers.allowCoreThreadTimeOut(true);
        return workers;
    }

    /**
     * Runs each task with the logging context of the thread that handed it over, so that what a webhook's work logs
     * on a worker names the call as the webhook's own lines do; the worker's context is cleared afterwards.
     */
    static Executor carryingLogContext(Executor workers) {
        return task -> {
            Map<String, String> context = MDC.getCopyOfContextMap();
            workers.execute(() -> {
                if (context == null) {
                    MDC.clear();
                } else {
                    MDC.setContextMap(context);
                }
                try {
                    task.run();
                } finally {
                    MDC.clear();
                }
            });
        };
    }

    @Bean
    Patience patience() {
        return Patience.of(PATIENCE);
    }

    /** Work a caller was given up on commits nothing; Axon's Spring Boot starter puts it on the command bus. */
    @Bean
    AbandonedWork abandonedWork() {
        return new AbandonedWork();
    }

    /** Re-runs read the real store and run today's dialogue in a sandbox of their own. */
    @Bean
    Reruns reruns(EventStorageEngine store, Settings settings, Understanding understanding, Phrasing phrasing) {
        return new Reruns(store, settings.rules(), understanding, phrasing, new PhoneNumbers(settings.phoneRegion()),
                serviceNames(settings));
    }

    @Bean
    AppointmentsProjection appointmentsProjection(Appointments appointments) {
        return new AppointmentsProjection(appointments);
    }

    @Bean
    CustomersProjection customersProjection(Customers customers) {
        return new CustomersProjection(customers);
    }

    @Bean
    CallSummariesProjection callSummariesProjection(CallSummaries summaries) {
        return new CallSummariesProjection(summaries);
    }

    @Bean
    CallFunnelProjection callFunnelProjection(CallFunnel funnel) {
        return new CallFunnelProjection(funnel);
    }

    @Bean
    CallAnalytics callAnalytics(CallSummaries summaries, CallFunnel funnel, Settings settings) {
        return new CallAnalytics(summaries, funnel, settings.rules().zone());
    }

    @Bean
    Costs costs(Usage usage, Settings settings, Environment environment) {
        return new Costs(usage, CostSettings.rates(environment), settings.rules().zone());
    }

    @Bean
    UsageProjection usageProjection(Usage usage, Costs costs, CommandGateway commands, Clock clock) {
        return new UsageProjection(usage, new CostAlerts(costs, commands, clock));
    }
}
