package vn.dvk.evaluation.rating.domain;

import java.util.List;
import vn.dvk.contracts.catalog.Title;
import vn.dvk.contracts.evaluation.TitleRecorded;
import vn.dvk.platform.outbox.OutboundEvent;

/** Yearly titles, one per title, unit, holder and year. */
public interface Titles {

    /** Stores a title with the event that announces it; one already stored under its id is superseded. */
    void record(TitleEntry title, OutboundEvent<TitleRecorded> recorded);

    /** Titles held in the subtree of {@code unitPath}, of a year and a title when given. */
    List<TitleEntry> within(String unitPath, Integer year, Title title);
}
