package vn.dvk.registration.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvk.registration.model.domain.RefusedDecision;
import vn.dvk.registration.model.domain.RefusedDecisions;

/** Refused decisions in memory, one per event id as in the store. */
public final class InMemoryRefusedDecisions implements RefusedDecisions {

    private final Map<String, RefusedDecision> refusals = new LinkedHashMap<>();

    @Override
    public void record(RefusedDecision refusal) {
        refusals.put(refusal.eventId(), refusal);
    }

    @Override
    public List<RefusedDecision> of(String modelId) {
        return refusals.values().stream().filter(refusal -> modelId.equals(refusal.modelId()))
                .sorted(Comparator.comparing(RefusedDecision::rejectedAt)).toList();
    }
}
