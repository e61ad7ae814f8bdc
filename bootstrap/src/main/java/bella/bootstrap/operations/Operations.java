package bella.bootstrap.operations;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the meters and the call SID in the log. Both filters come after Spring's character-encoding filter (the
 * SID is read from the form) and before the signature check, so a refused webhook is timed and logged with its SID.
 */
@Configuration(proxyBeanMethods = false)
class Operations {

    private static final int BEFORE_SIGNATURE_CHECK = 0;

    @Bean
    CallMetrics callMetrics(MeterRegistry registry, EventBus events) {
        CallMetrics metrics = new CallMetrics(registry);
        events.registerDispatchInterceptor(metrics);
        return metrics;
    }

    /** In place of Axon's own module, which Spring Boot leaves out once this one is there. */
    @Bean
    MetricsConfigurerModule axonMeters(GlobalMetricRegistry axon) {
        return new AxonMeters(axon);
    }

    @Bean
    FilterRegistrationBean<CallSidLogging> callSidLogging() {
        var registration = new FilterRegistrationBean<>(new CallSidLogging());
        registration.addUrlPatterns("/twilio/*");
        registration.setOrder(BEFORE_SIGNATURE_CHECK);
        return registration;
    }

    @Bean
    FilterRegistrationBean<WebhookTimer> webhookTimer(MeterRegistry registry) {
        var registration = new FilterRegistrationBean<>(new WebhookTimer(registry));
        registration.addUrlPatterns("/twilio/*");
        registration.setOrder(BEFORE_SIGNATURE_CHECK);
        return registration;
    }
}
