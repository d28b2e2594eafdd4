package vn.dvk.registration.model.domain;

import java.util.List;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.platform.text.SearchText;

/**
 * Filters of the model list; null (or empty) means "any". {@code unitPath} selects a unit's whole subtree (the empty
 * path: every unit); {@code q} holds words to find in the name or the owner, compared by {@link SearchText#fold};
 * {@code replicatedFrom} selects the replicas of any of the models it names.
 */
public record ModelQuery(String unitPath, Integer year, Field field, ManagementLevel level, OwnerType ownerType,
                         ModelKind kind, List<ModelStatus> status, String campaignId, List<String> replicatedFrom,
                         String q, int page, int size) {

    public ModelQuery {
        status = status == null ? List.of() : List.copyOf(status);
        replicatedFrom = replicatedFrom == null ? List.of() : replicatedFrom.stream().filter(id -> id != null
                && !id.isBlank()).map(String::strip).distinct().toList();
        campaignId = campaignId == null || campaignId.isBlank() ? null : campaignId.strip();
    }

    /** The folded words of {@code q}, each of which a model must contain; none when {@code q} is blank. */
    public List<String> words() {
        String folded = SearchText.fold(q);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }
}
