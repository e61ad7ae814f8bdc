package bella.adapters.persistence;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;

/**
 * Has every tracking processor handle its events in batches, each batch one database transaction: a rebuild from
 * the whole store then commits (and, with SQLite's synchronous=FULL, syncs the disk) once per batch rather than once
 * per event. A handler that fails still fails alone: it runs in a savepoint ({@link ProjectionSavepoints}), so the
 * dead-letter queue parks its event within the batch's transaction and the batch goes on.
 */
final class ProcessorBatches implements ConfigurerModule {

    /**
     * Events per batch. Live calls produce a few events at a time, so only a processor far behind (a rebuild) fills
     * a batch. A full batch holds SQLite's one connection for some tens of milliseconds, which a webhook waiting
     * behind it barely notices; with 100 a rebuild spent more of its time committing (see RebuildBenchmark).
     */
    static final int BATCH_SIZE = 1_000;

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing().registerTrackingEventProcessorConfiguration(axon ->
                TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(BATCH_SIZE));
    }
}
