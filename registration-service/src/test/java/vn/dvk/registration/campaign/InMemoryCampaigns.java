package vn.dvk.registration.campaign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvk.platform.domain.AlreadyExists;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.domain.StaleVersion;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.registration.campaign.domain.Campaign;
import vn.dvk.registration.campaign.domain.Campaigns;

/**
 * Campaigns in memory, refusing what the store refuses (a taken id, a stale version); it keeps each change with who
 * made it, as the event announcing it would.
 */
public final class InMemoryCampaigns implements Campaigns {

    /** One stored change: the campaign as it became and who made the change. */
    public record Change(Campaign campaign, String by) {
    }

    private final Map<String, Campaign> campaigns = new LinkedHashMap<>();
    private final List<Change> changes = new ArrayList<>();

    /** Puts campaigns in place as if they had been published before the test. */
    public InMemoryCampaigns with(Campaign... existing) {
        for (Campaign campaign : existing) {
            campaigns.put(campaign.id(), campaign);
        }
        return this;
    }

    /** The changes stored for a campaign, oldest first: one per event it announced. */
    public List<Change> changesOf(String id) {
        return changes.stream().filter(change -> change.campaign().id().equals(id)).toList();
    }

    public int size() {
        return campaigns.size();
    }

    @Override
    public Optional<Campaign> find(String id) {
        return Optional.ofNullable(campaigns.get(id));
    }

    @Override
    public void add(Campaign published, String by) {
        if (campaigns.containsKey(published.id())) {
            throw new AlreadyExists(published.id());
        }
        campaigns.put(published.id(), published);
        changes.add(new Change(published, by));
    }

    @Override
    public void update(Campaign revised, String by) {
        Campaign stored = campaigns.get(revised.id());
        if (stored == null) {
            throw Rejection.notFound("bản ghi", revised.id());
        }
        if (stored.version() != revised.version() - 1) {
            throw new StaleVersion(revised.id(), revised.version() - 1);
        }
        campaigns.put(revised.id(), revised);
        changes.add(new Change(revised, by));
    }

    @Override
    public void keepIssuedAbove(Campaign announced) {
        Campaign kept = campaigns.get(announced.id());
        if (kept == null || kept.version() < announced.version()) {
            campaigns.put(announced.id(), announced);
        }
    }

    @Override
    public List<Campaign> concerning(String unitPath, Integer year) {
        return campaigns.values().stream()
                .filter(campaign -> UnitDirectory.pathIsWithin(campaign.issuingUnitPath(), unitPath)
                        || UnitDirectory.pathIsWithin(unitPath, campaign.issuingUnitPath()))
                .filter(campaign -> year == null || campaign.covers(year))
                .sorted(Comparator.comparing(Campaign::issuingUnitPath).thenComparing(Campaign::startYear)
                        .thenComparing(Campaign::id))
                .toList();
    }
}
