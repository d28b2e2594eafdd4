package vn.dvk.registration.award;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvk.registration.award.domain.Commendation;
import vn.dvk.registration.award.domain.Commendations;

/** Commendations in memory, one per id as in the store. */
public final class InMemoryCommendations implements Commendations {

    private final Map<String, Commendation> commendations = new LinkedHashMap<>();

    @Override
    public void record(Commendation commendation) {
        commendations.put(commendation.id(), commendation);
    }

    @Override
    public List<Commendation> of(String modelId) {
        return commendations.values().stream().filter(commendation -> modelId.equals(commendation.modelId()))
                .sorted(Comparator.comparing(Commendation::decisionDate).thenComparing(Commendation::id)).toList();
    }
}
