package vn.dvk.reporting.projection.adapter;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.registration.CampaignPublished;
import vn.dvk.contracts.registration.CampaignUpdated;
import vn.dvk.contracts.registration.ModelRegistered;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.contracts.registration.ModelStatusChanged;
import vn.dvk.contracts.registration.ModelUpdated;
import vn.dvk.contracts.registration.ModelWithdrawn;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.platform.inbox.ConsumedRecord;
import vn.dvk.platform.inbox.DecodedRecord;
import vn.dvk.platform.inbox.EventDecoder;
import vn.dvk.platform.inbox.EventDispatcher;
import vn.dvk.platform.inbox.InboundEvent;
import vn.dvk.platform.inbox.PoisonRecord;
import vn.dvk.platform.inbox.UnreadablePayload;
import vn.dvk.reporting.projection.application.CampaignProjection;
import vn.dvk.reporting.projection.application.ModelProjection;
import vn.dvk.reporting.projection.domain.ModelChange;
import vn.dvk.reporting.projection.domain.RecordPosition;

/**
 * Applies a batch of registration records (ADR 0019): every record decoded by the platform's decoder (scope filter,
 * versions, payload), the model events of the batch applied together by {@link ModelProjection}, the campaign
 * events one by one (their store keeps a campaign only at a newer version, so a redelivery changes nothing). Poison
 * records are handed back, not applied, for the caller to park; the rest of the batch applies.
 */
@Component
public class RegistrationBatches {

    private final EventDecoder decoder;
    private final ModelProjection models;
    private final CampaignProjection campaigns;

    @Autowired
    public RegistrationBatches(EventDispatcher dispatcher, ModelProjection models, CampaignProjection campaigns) {
        this(dispatcher.decoder(ProjectionConsumers.CONSUMER, RegistrationEvents.ALL), models, campaigns);
    }

    /** The batches of a rebuild's fold, decoded alike and counted under their own consumer name (ADR 0023). */
    RegistrationBatches(EventDecoder decoder, ModelProjection models, CampaignProjection campaigns) {
        this.decoder = decoder;
        this.models = models;
        this.campaigns = campaigns;
    }

    /** Applies the batch and returns its poison records, which it did not apply. */
    List<PoisonRecord> apply(List<ConsumedRecord> records) {
        List<ModelChange> changes = new ArrayList<>();
        List<InboundEvent<?>> campaignEvents = new ArrayList<>();
        List<PoisonRecord> poison = new ArrayList<>();
        for (ConsumedRecord record : records) {
            DecodedRecord decoded = decoder.decode(record.headers()::get, record.value());
            if (decoded instanceof DecodedRecord.Poison poisoned) {
                poison.add(new PoisonRecord(record, poisoned.reason()));
            } else if (decoded instanceof DecodedRecord.Accepted accepted) {
                InboundEvent<?> event = accepted.event();
                ModelSnapshot model = modelOf(event.payload());
                if (model == null) {
                    campaignEvents.add(event);
                } else {
                    try {
                        changes.add(models.changeOf(event, model,
                                RecordPosition.of(record.topic(), record.partition(), record.offset())));
                    } catch (IllegalArgumentException unusable) {
                        // A snapshot no rule can place (no version) would fail every delivery of the whole batch.
                        poison.add(new PoisonRecord(record, new UnreadablePayload(event.type(), event.id(), unusable)));
                    }
                }
            }
        }
        int duplicates = models.apply(changes);
        for (InboundEvent<?> event : campaignEvents) {
            campaigns.apply(event, event.payload() instanceof CampaignPublished published ? published.campaign()
                    : ((CampaignUpdated) event.payload()).campaign());
        }
        decoder.applied(changes.size() - duplicates + campaignEvents.size());
        decoder.duplicates(duplicates);
        return poison;
    }

    /** The decoding of the batches, which counts what they applied and parked. */
    EventDecoder decoder() {
        return decoder;
    }

    private static ModelSnapshot modelOf(Object payload) {
        if (payload instanceof ModelRegistered registered) {
            return registered.model();
        }
        if (payload instanceof ModelUpdated updated) {
            return updated.model();
        }
        if (payload instanceof ModelWithdrawn withdrawn) {
            return withdrawn.model();
        }
        return payload instanceof ModelStatusChanged changed ? changed.model() : null;
    }
}
