package vn.dvk.portal.award.domain;

import java.util.List;

/** One page of proposals and how many match in all. */
public record ProposalPage(List<Proposal> items, int page, int size, long total) {

    public ProposalPage {
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
