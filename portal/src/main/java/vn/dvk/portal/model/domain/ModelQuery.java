package vn.dvk.portal.model.domain;

import java.util.List;

/** The list's filters, as registration-service's {@code GET /api/v1/models} takes them; null means any. */
public record ModelQuery(String unit, Integer year, String level, String field, String ownerType, String kind,
                         List<String> status, String q, int page, int size) {

    public ModelQuery {
        status = status == null ? List.of() : List.copyOf(status);
        page = Math.max(0, page);
        size = size < 1 ? 20 : Math.min(size, 200);
    }

    public ModelQuery withPage(int other, int otherSize) {
        return new ModelQuery(unit, year, level, field, ownerType, kind, status, q, other, otherSize);
    }
}
