package vn.dvk.registration.model.domain;

import java.util.List;
import java.util.Optional;

/**
 * The model registry's store. Each state it is given is the result of exactly one change and is announced by one
 * event, written together with it.
 */
public interface Models {

    Optional<Model> find(String id);

    /**
     * Stores a new registration with its registered event; {@link vn.dvk.platform.domain.AlreadyExists} when a model
     * has its id.
     */
    void add(Model registered);

    /**
     * Stores new registrations, each with its registered event, in one bulk write. For an import whose models were
     * recorded before they are stored ({@link PendingImports}): a model already stored under its id was stored by an
     * earlier attempt of the same import and is left as it is.
     */
    void addAll(List<Model> registered);

    /**
     * Stores the states one command went through, oldest first, each one version above the one before; the first
     * must follow the version still stored, else {@link vn.dvk.platform.domain.StaleVersion} and nothing is written.
     */
    void update(List<Model> changes);

    /**
     * The lineage facts of a model, whatever unit it belongs to and whoever asks (see {@link Lineage}); empty when no
     * model has the id.
     */
    Optional<Lineage.Link> lineageOf(String id);

    /** One page of the models the query selects, newest registration first. */
    ModelPage list(ModelQuery query);
}
