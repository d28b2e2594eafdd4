package vn.dvk.evaluation.scoring.adapter;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.platform.access.UnitScoped;

/**
 * The criterion weights one level gives a campaign, keyed by criterion code; one document per campaign and issuing
 * unit. Reference data: the units below the issuer see it too.
 */
@Document("evaluation_weights")
public record WeightsDocument(@Id String id, @Indexed String campaignId, String unitPath, Map<String, Double> weights,
                              String updatedBy, Instant updatedAt, long version) implements UnitScoped {

    static String idOf(String campaignId, String unitPath) {
        return campaignId + "@" + unitPath;
    }

    @Override
    public boolean visibleFromBelow() {
        return true;
    }
}
