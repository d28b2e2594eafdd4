package vn.dvk.evaluation.scoring.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.dvk.evaluation.shared.domain.LevelSetting;
import vn.dvk.platform.unit.domain.UnitDirectory;

/** Campaign weights per issuing unit in memory; each change moves them one version on, as the store does. */
public final class InMemoryWeightsByCampaign implements WeightsByCampaign {

    private final Map<String, Map<String, LevelSetting<Weights>>> byCampaign = new HashMap<>();

    @Override
    public Optional<LevelSetting<Weights>> applyingAt(String campaignId, String unitPath) {
        return byCampaign.getOrDefault(campaignId, Map.of()).values().stream()
                .filter(setting -> UnitDirectory.pathIsWithin(unitPath, setting.unitPath()))
                .max(Comparator.comparingInt(setting -> setting.unitPath().length()));
    }

    @Override
    public long put(String campaignId, String unitPath, Weights weights, String updatedBy, Instant updatedAt) {
        Map<String, LevelSetting<Weights>> byUnit = byCampaign.computeIfAbsent(campaignId, any -> new HashMap<>());
        long version = Optional.ofNullable(byUnit.get(unitPath)).map(LevelSetting::version).orElse(0L) + 1;
        byUnit.put(unitPath, new LevelSetting<>(weights, unitPath, version));
        return version;
    }
}
