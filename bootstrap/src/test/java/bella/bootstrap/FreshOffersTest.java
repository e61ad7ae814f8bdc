package bella.bootstrap;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty callers at once, all for the same afternoon, each taking what Bella offers, while the appointments read
 * model is held still: what Bella offers and reads back must come from the days' Schedules, so no caller is offered
 * a slot the store had already reserved when the offer was made.
 */
@Execution(ExecutionMode.CONCURRENT)
class FreshOffersTest {

    private static final int CALLERS = 20;

    @TempDir
    Path data;

    @Test
    void twentyCallersForOneAfternoonAreOfferedOnlyFreeSlotsAndAllBook() throws Exception {
        Path database = data.resolve("bella.db");
        List<String> heard;
        try (RunningBella bella = RunningBella.start(database, Map.of())) {
            // Stopped, the read model lags as far as it ever could: offers read from it would be stale at once.
            EventProcessor appointments = bella.bean(EventProcessingConfiguration.class)
                    .eventProcessorByProcessingGroup("appointments").orElseThrow();
            appointments.shutdownAsync().join();

            heard = EagerCallers.call(bella, CALLERS, 7_000);
        }

        assertThat(heard).hasSize(CALLERS).allSatisfy(said -> assertThat(said).contains("You're booked"));
        OfferAudit audit = OfferAudit.of(database);
        assertThat(audit.offers()).isGreaterThanOrEqualTo(2 * CALLERS);
        assertThat(audit.stale()).isEmpty();
    }
}
