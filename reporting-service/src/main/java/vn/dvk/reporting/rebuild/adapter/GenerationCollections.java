package vn.dvk.reporting.rebuild.adapter;

import org.springframework.stereotype.Component;
import vn.dvk.platform.readmodel.ReadModels;
import vn.dvk.reporting.generation.adapter.MongoActiveGeneration;
import vn.dvk.reporting.generation.domain.Generation;
import vn.dvk.reporting.rebuild.domain.ReadModelGenerations;

/** The generations of every read model the service registers, in their generation-suffixed collections. */
@Component
public class GenerationCollections implements ReadModelGenerations {

    private final ReadModels readModels;
    private final MongoActiveGeneration active;

    public GenerationCollections(ReadModels readModels, MongoActiveGeneration active) {
        this.readModels = readModels;
        this.active = active;
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
    public void activate(Generation generation) {
        active.activate(generation);
    }

    @Override
    public void drop(Generation generation) {
        readModels.dropAll(generation::collection);
    }
}
