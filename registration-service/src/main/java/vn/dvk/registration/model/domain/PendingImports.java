package vn.dvk.registration.model.domain;

import java.time.Instant;
import java.util.List;

/**
 * Imports between the moment their rows were accepted and the moment every one of their models is stored. The store
 * has no transaction spanning thousands of documents, so an import is recorded whole (one write) before any model is
 * stored, and an import whose storing stopped half-way (the store failed, the process died) is finished from its
 * record: by the client's retry with the same {@code Idempotency-Key}, or by the sweep. It is never left half done
 * and never stored twice.
 */
public interface PendingImports {

    /**
     * Records an import's models before any of them is stored and returns the models to store: these, or, when the
     * import was recorded before (a rerun of the same request), the ones recorded then.
     */
    List<Model> record(String importId, List<Model> models);

    /** Forgets an import once every one of its models is stored. */
    void finished(String importId);

    /** The imports recorded before {@code before} and not finished, oldest first. */
    List<Unfinished> recordedBefore(Instant before);

    /** An import whose models may not all be stored yet. */
    record Unfinished(String id, List<Model> models) {
    }
}
