package vn.dvk.evaluation.rating.domain;

import java.util.List;
import java.util.Optional;
import vn.dvk.contracts.catalog.Title;
import vn.dvk.contracts.evaluation.TitleRecorded;
import vn.dvk.platform.outbox.OutboundEvent;

/** Yearly titles, one per title, unit, holder and year, each with its versions. */
public interface Titles {

    /** The current version, unless unknown or outside the caller's subtree. */
    Optional<TitleEntry> find(String titleId);

    /** Stores a title's next version with the event that announces it, like {@link TaskRatings#record}. */
    void record(TitleEntry title, OutboundEvent<TitleRecorded> recorded);

    /** Every version of a title, oldest first; empty when unknown. */
    List<TitleEntry> history(String titleId);

    /** Current titles held in the subtree of {@code unitPath}, of a year and a title when given. */
    List<TitleEntry> within(String unitPath, Integer year, Title title);
}
