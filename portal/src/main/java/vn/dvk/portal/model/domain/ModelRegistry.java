package vn.dvk.portal.model.domain;

import java.util.List;
import vn.dvk.portal.shared.domain.FileContent;
import vn.dvk.portal.shared.domain.ResultPage;

/** registration-service's model registry, called with the signed-in official's token. */
public interface ModelRegistry {

    ResultPage<Model> find(ModelQuery query);

    Model get(String id);

    List<HistoryEntry> history(String id);

    /** Registers once per key: sending the same form twice gives the same model. */
    Model register(ModelDraft draft, String idempotencyKey);

    /** Edits at the version the official saw; a returned model is resubmitted. */
    Model update(String id, long version, ModelDraft draft);

    Model withdraw(String id, String reason);

    ImportOutcome importFile(FileContent file);
}
