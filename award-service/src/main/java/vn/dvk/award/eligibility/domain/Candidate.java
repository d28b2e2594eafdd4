package vn.dvk.award.eligibility.domain;

import java.util.List;
import vn.dvk.award.catalogue.domain.NomineeCategory;
import vn.dvk.contracts.catalog.UnitLevel;

/**
 * A nominee as the rules see it: its category, unit, name, the household the family titles are recorded under
 * (individuals and households), the person it is in the registry, the models the proposal cites, and the path of the
 * proposing unit, inside which its titles and models are looked for.
 */
public record Candidate(String nomineeId, NomineeCategory category, String name, String unitCode, String unitPath,
                        UnitLevel unitLevel, String personId, String household, List<String> modelIds,
                        String proposingUnitPath) {

    public Candidate {
        modelIds = modelIds == null ? List.of() : List.copyOf(modelIds);
    }
}
