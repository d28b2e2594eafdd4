package vn.dvk.reporting.award.domain;

import java.util.List;

/** The awards read model: one record per granted recipient, written by id so a redelivery changes nothing. */
public interface AwardRecords {

    void putAll(List<AwardRecord> awards);

    /** The awards of a year whose recipient lies in a unit's subtree. */
    List<AwardRecord> of(int year, String subtreePath);
}
