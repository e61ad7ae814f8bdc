package bella.bootstrap.operations;

import io.micrometer.core.instrument.Tags;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.monitoring.MessageMonitor;

/**
 * Axon's meters, as its own module registers them (dimensional: tags, not names), except on the event processors,
 * which keep only how far behind each is ({@code eventProcessor_latency{processorName}}). Axon's other processor
 * meters, a counter, a timer and a capacity reservoir per processor and event type, were a quarter to a half of the
 * CPU each projection spent on an event, in profiles of rebuilds: every processor sees every event, its own or not.
 */
final class AxonMeters extends MetricsConfigurerModule {

    private static final String PROCESSORS = "eventProcessor";

    private final GlobalMetricRegistry axon;

    AxonMeters(GlobalMetricRegistry axon) {
        super(axon, true);
        this.axon = axon;
    }

    /** Each component is given only the messages it handles, as Axon's own module relies on when it casts. */
    @Override
    @SuppressWarnings("unchecked")
    public void configureModule(Configurer configurer) {
        configurer.configureMessageMonitor(configuration -> (componentType, componentName) ->
                (MessageMonitor<Message<?>>) (EventProcessor.class.isAssignableFrom(componentType)
                        ? latencyOf(componentName)
                        : axon.registerComponentWithDefaultTags(componentType, componentName)));
    }

    private MessageMonitor<? extends Message<?>> latencyOf(String processor) {
        Tags tags = Tags.of("processorName", processor);
        return EventProcessorLatencyMonitor.builder().meterNamePrefix(PROCESSORS).meterRegistry(axon.getRegistry())
                .tagsBuilder(message -> tags).build();
    }
}
