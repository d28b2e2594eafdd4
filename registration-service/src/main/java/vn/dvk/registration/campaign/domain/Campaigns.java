package vn.dvk.registration.campaign.domain;

import java.util.List;
import java.util.Optional;

/** The campaigns and plans this instance issued. Each change is stored with the one event that announces it. */
public interface Campaigns {

    Optional<Campaign> find(String id);

    /**
     * Stores a new campaign with its published event, naming who published it;
     * {@link vn.dvk.platform.domain.AlreadyExists} when a campaign has its id.
     */
    void add(Campaign published, String by);

    /**
     * Stores a revision (one version above the one stored) with its updated event;
     * {@link vn.dvk.platform.domain.StaleVersion} when the stored campaign changed meanwhile.
     */
    void update(Campaign revised, String by);

    /**
     * The campaigns issued by the unit at {@code unitPath} or below it (the empty path: all) whose period includes
     * {@code year} (any when null), ordered by issuing unit, start year and id.
     */
    List<Campaign> issuedWithin(String unitPath, Integer year);
}
