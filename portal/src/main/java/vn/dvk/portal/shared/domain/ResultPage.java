package vn.dvk.portal.shared.domain;

import java.util.List;

/** One page of a service's list and how many items match in all. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public ResultPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public long lastPage() {
        return total == 0 || size == 0 ? 0 : (total - 1) / size;
    }
}
