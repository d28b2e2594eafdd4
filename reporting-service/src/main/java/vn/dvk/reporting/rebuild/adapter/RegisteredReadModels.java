package vn.dvk.reporting.rebuild.adapter;

import org.springframework.stereotype.Component;
import vn.dvk.platform.inbox.ProcessedEvents;
import vn.dvk.platform.readmodel.ReadModels;
import vn.dvk.reporting.projection.adapter.ProjectionConsumers;
import vn.dvk.reporting.rebuild.domain.ReadModelReset;

/**
 * Resets every read model the service registers (their documents declare their indexes) and forgets the reporting
 * consumer's claims, so that the replayed events apply again instead of counting as duplicates.
 */
@Component
public class RegisteredReadModels implements ReadModelReset {

    private final ReadModels readModels;
    private final ProcessedEvents processed;

    public RegisteredReadModels(ReadModels readModels, ProcessedEvents processed) {
        this.readModels = readModels;
        this.processed = processed;
    }

    @Override
    public void resetAll() {
        readModels.resetAll();
        processed.forget(ProjectionConsumers.CONSUMER);
    }
}
