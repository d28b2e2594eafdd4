package vn.dvk.reporting.rebuild.adapter;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dvk.platform.readmodel.ReadModels;
import vn.dvk.reporting.generation.adapter.MongoActiveGeneration;
import vn.dvk.reporting.generation.domain.Generation;
import vn.dvk.reporting.generation.domain.GenerationPositions;
import vn.dvk.reporting.generation.domain.SourcePartition;
import vn.dvk.reporting.rebuild.domain.HistoryPartition;
import vn.dvk.reporting.rebuild.domain.ReadModelGenerations;

/** The generations of every read model the service registers, in their generation-suffixed collections. */
@Component
public class GenerationCollections implements ReadModelGenerations {

    private final ReadModels readModels;
    private final MongoActiveGeneration active;
    private final GenerationPositions positions;

    public GenerationCollections(ReadModels readModels, MongoActiveGeneration active,
                                 GenerationPositions positions) {
        this.readModels = readModels;
        this.active = active;
        this.positions = positions;
    }

    @Override
    public Generation active() {
        return active.current();
    }

    @Override
    public void prepare(Generation generation) {
        readModels.resetAll(generation::collection);
    }

    @Override
    public void activate(Generation generation, Map<HistoryPartition, Long> folded) {
        Map<SourcePartition, Long> held = new HashMap<>();
        folded.forEach((partition, next) -> held.put(new SourcePartition(partition.topic(), partition.partition()),
                next));
        positions.advance(generation, held);
        active.activate(generation);
    }

    @Override
    public void drop(Generation generation) {
        try {
            // The other replicas' queries go by the generation they read last for this long.
            Thread.sleep(MongoActiveGeneration.FRESH.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before dropping generation " + generation.number(), e);
        }
        readModels.dropAll(generation::collection);
    }
}
