package vn.dvk.portal.model.domain;

import java.util.List;

/** What a bulk registration stored. */
public record ImportOutcome(int created, List<String> ids) {

    public ImportOutcome {
        ids = ids == null ? List.of() : List.copyOf(ids);
    }
}
