package vn.dvk.contracts.catalog;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every code list the services share, keyed by the name the API uses for it. */
public final class Catalogs {

    private static final Map<String, List<CodeLabel>> ALL = build();

    private Catalogs() {
    }

    public static Map<String, List<CodeLabel>> all() {
        return ALL;
    }

    private static Map<String, List<CodeLabel>> build() {
        Map<String, List<CodeLabel>> catalogs = new LinkedHashMap<>();
        catalogs.put("level", List.of(ManagementLevel.values()));
        catalogs.put("field", List.of(Field.values()));
        catalogs.put("ownerType", List.of(OwnerType.values()));
        catalogs.put("kind", List.of(ModelKind.values()));
        catalogs.put("status", List.of(ModelStatus.values()));
        catalogs.put("rating", List.of(TaskRating.values()));
        catalogs.put("title", List.of(Title.values()));
        catalogs.put("reviewDecision", List.of(ReviewDecision.values()));
        catalogs.put("inspectionRound", List.of(InspectionRound.values()));
        catalogs.put("teamRole", List.of(TeamRole.values()));
        catalogs.put("criterion", List.of(Criterion.values()));
        catalogs.put("ratedSubject", List.of(RatedSubject.values()));
        catalogs.put("indicator", List.of(Indicator.values()));
        catalogs.put("unitLevel", List.of(UnitLevel.values()));
        catalogs.put("awardOccasion", List.of(AwardOccasion.values()));
        catalogs.put("recipientType", List.of(RecipientType.values()));
        catalogs.put("awardFormKind", List.of(AwardFormKind.values()));
        catalogs.put("awardOutcome", List.of(AwardOutcome.values()));
        catalogs.put("dossierDocumentKind", List.of(DossierDocumentKind.values()));
        return java.util.Collections.unmodifiableMap(catalogs);
    }

    /** Looks a code up case-sensitively in one catalogue; empty when it is not there. */
    public static <E extends Enum<E> & CodeLabel> java.util.Optional<E> parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(code)).findFirst();
    }
}
