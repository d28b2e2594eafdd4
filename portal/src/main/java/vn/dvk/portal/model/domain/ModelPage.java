package vn.dvk.portal.model.domain;

import java.util.List;

/** One page of models and how many match in all. */
public record ModelPage(List<Model> items, int page, int size, long total) {

    public ModelPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public long lastPage() {
        return total == 0 ? 0 : (total - 1) / size;
    }
}
