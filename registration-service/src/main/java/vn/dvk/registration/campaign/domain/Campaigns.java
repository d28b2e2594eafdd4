package vn.dvk.registration.campaign.domain;

import java.util.List;
import java.util.Optional;

/**
 * The campaigns and plans this instance issued, each change stored with the one event that announces it, and copies
 * of those the units above its scope issued, which other instances announce.
 */
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
     * The campaigns that concern the unit at {@code unitPath}: issued by it, below it, or by one of the units above it
     * (whose campaigns the unit takes part in; the empty path: all), whose period includes {@code year} (any when
     * null), ordered by issuing unit, start year and id.
     */
    List<Campaign> concerning(String unitPath, Integer year);

    /**
     * Keeps the copy of a campaign a unit above this instance's scope issued, unless the copy kept is as new (a
     * redelivered or older event); announces nothing, the issuing instance did.
     */
    void keepIssuedAbove(Campaign announced);
}
