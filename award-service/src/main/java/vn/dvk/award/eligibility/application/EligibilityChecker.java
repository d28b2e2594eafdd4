package vn.dvk.award.eligibility.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.dvk.award.catalogue.domain.RuleDefinition;
import vn.dvk.award.catalogue.domain.RuleSet;
import vn.dvk.award.eligibility.domain.Attestation;
import vn.dvk.award.eligibility.domain.Candidate;
import vn.dvk.award.eligibility.domain.CandidateEvidence;
import vn.dvk.award.eligibility.domain.EligibilityRules;
import vn.dvk.award.eligibility.domain.EligibilitySheet;
import vn.dvk.award.eligibility.domain.RuleOverride;
import vn.dvk.award.eligibility.domain.SheetLine;
import vn.dvk.award.evidence.domain.Evidence;
import vn.dvk.award.evidence.domain.ModelRecord;
import vn.dvk.award.evidence.domain.RatingRecord;
import vn.dvk.award.evidence.domain.TitleRecord;
import vn.dvk.award.person.domain.People;
import vn.dvk.award.shared.domain.Texts;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.contracts.catalog.RatedSubject;
import vn.dvk.contracts.catalog.TaskRating;
import vn.dvk.contracts.catalog.Title;

/**
 * Builds a nominee's eligibility sheet: the rules of the rule set that apply to it, each checked against what
 * award-service consumed. Ratings and titles refer to persons of the registry by id (evaluation-service matched the
 * names of its sheets); those announced before it did name people and families by text only, so they are attributed
 * only on an exact name in the right unit, and never when the registry holds two namesakes there.
 */
@Component
public class EligibilityChecker {

    private final Evidence evidence;
    private final People people;

    public EligibilityChecker(Evidence evidence, People people) {
        this.evidence = evidence;
        this.people = people;
    }

    /** The rules of a set that apply to a candidate, in the set's order. */
    public static List<RuleDefinition> rulesFor(RuleSet set, Candidate candidate) {
        return set.rules().stream().filter(rule -> rule.appliesTo(candidate.category(), candidate.unitLevel()))
                .toList();
    }

    public EligibilitySheet sheet(RuleSet set, List<Integer> window, Candidate candidate,
                                  List<Attestation> attestations, List<RuleOverride> overrides) {
        CandidateEvidence facts = new Recorded(candidate);
        List<SheetLine> lines = new ArrayList<>();
        for (RuleDefinition rule : rulesFor(set, candidate)) {
            Optional<Attestation> attested = attestations.stream()
                    .filter(a -> a.nomineeId().equals(candidate.nomineeId()) && a.ruleCode().equals(rule.code()))
                    .findFirst();
            RuleOverride override = overrides.stream()
                    .filter(o -> o.nomineeId().equals(candidate.nomineeId()) && o.ruleCode().equals(rule.code()))
                    .findFirst().orElse(null);
            lines.add(new SheetLine(EligibilityRules.check(rule, window, facts, attested), override));
        }
        return new EligibilitySheet(candidate.nomineeId(), candidate.name(), lines);
    }

    /** The evidence of one candidate, read from the store when a rule asks for it. */
    private final class Recorded implements CandidateEvidence {

        private final Candidate candidate;

        Recorded(Candidate candidate) {
            this.candidate = candidate;
        }

        @Override
        public Ratings ratings() {
            return switch (candidate.category()) {
                case UNIT -> new Ratings(byYear(evidence.ratings(RatedSubject.UNIT, candidate.unitCode())), null);
                case INDIVIDUAL -> individualRatings();
                case VILLAGE, HOUSEHOLD -> new Ratings(Map.of(), "Đối tượng này không thuộc diện đánh giá mức độ"
                        + " hoàn thành nhiệm vụ hằng năm.");
            };
        }

        private Ratings individualRatings() {
            List<RatingRecord> recorded = evidence.ratings(RatedSubject.INDIVIDUAL, candidate.unitCode());
            List<RatingRecord> byId = recorded.stream().filter(rating -> rating.personId() != null
                    && rating.personId().equals(candidate.personId())).toList();
            List<RatingRecord> byNameOnly = recorded.stream().filter(rating -> rating.personId() == null
                    && Texts.sameName(rating.personName(), candidate.name())).toList();
            if (!byNameOnly.isEmpty()) {
                int namesakes = people.named(candidate.unitCode(), candidate.name()).size();
                if (namesakes > 1) {
                    return new Ratings(Map.of(), "Sổ người có " + namesakes + " người tên \"" + candidate.name()
                            + "\" tại đơn vị " + candidate.unitCode() + " và có kết quả xếp loại chỉ ghi họ tên:"
                            + " không xác định được kết quả đó của ai.");
                }
            }
            List<RatingRecord> attributed = new ArrayList<>(byId);
            attributed.addAll(byNameOnly);
            return new Ratings(byYear(attributed), null);
        }

        /** The rating of each year; two records of one year count as the worse of them. */
        private Map<Integer, TaskRating> byYear(List<RatingRecord> ratings) {
            Map<Integer, TaskRating> byYear = new HashMap<>();
            for (RatingRecord rating : ratings) {
                byYear.merge(rating.year(), rating.rating(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
            return byYear;
        }

        @Override
        public Titles titles(Title title) {
            return switch (candidate.category()) {
                case UNIT -> titlesHeld(title, candidate.name(), candidate.proposingUnitPath(),
                        record -> record.unitCode().equals(candidate.unitCode()));
                case VILLAGE -> titlesHeld(title, candidate.name(), candidate.unitPath(),
                        record -> Texts.sameName(record.holderName(), candidate.name()));
                case INDIVIDUAL, HOUSEHOLD -> candidate.household() == null
                        ? new Titles(candidate.name(), Set.of(), Set.of(), "Sổ người chưa ghi tên hộ gia đình của \""
                                + candidate.name() + "\" như danh sách danh hiệu ghi.")
                        : titlesHeld(title, candidate.household(), candidate.proposingUnitPath(),
                                record -> record.holderPersonIds().isEmpty()
                                        ? Texts.sameName(record.holderName(), candidate.household())
                                        : record.holderPersonIds().contains(candidate.personId()));
            };
        }

        private Titles titlesHeld(Title title, String holder, String registerPath,
                                  java.util.function.Predicate<TitleRecord> isHolder) {
            Set<Integer> held = new HashSet<>();
            Set<Integer> kept = new HashSet<>();
            for (TitleRecord record : evidence.titles(title, registerPath)) {
                kept.add(record.year());
                if (isHolder.test(record)) {
                    held.add(record.year());
                }
            }
            return new Titles(holder, held, kept, null);
        }

        @Override
        public Models models() {
            return switch (candidate.category()) {
                case UNIT -> candidate.modelIds().isEmpty()
                        ? new Models(evidence.modelsIn(candidate.unitPath()).stream()
                                .map(model -> fact(model.id(), null)).toList(), null)
                        : cited();
                case VILLAGE -> candidate.modelIds().isEmpty() ? new Models(List.of(), "Đề nghị chưa nêu mô hình mà"
                        + " thành tích của \"" + candidate.name() + "\" dựa vào.") : cited();
                case INDIVIDUAL, HOUSEHOLD -> personsModels();
            };
        }

        private Models cited() {
            return new Models(candidate.modelIds().stream().map(id -> fact(id, null)).toList(), null);
        }

        /**
         * The models the proposal cites, those whose owner is the person in the registry, and those registered before
         * owners were persons that name him (owner or person in charge) in his unit, unless the registry holds a
         * namesake there.
         */
        private Models personsModels() {
            Map<String, ModelFact> facts = new LinkedHashMap<>();
            candidate.modelIds().forEach(id -> facts.put(id, fact(id, null)));
            if (candidate.personId() != null) {
                evidence.modelsOwnedBy(candidate.personId()).forEach(model -> facts.putIfAbsent(model.id(),
                        fact(model.id(), "chủ mô hình là " + candidate.name() + " (mã " + candidate.personId() + ")")));
            }
            List<ModelRecord> byNameOnly = evidence.modelsIn(candidate.unitPath()).stream()
                    .filter(model -> model.ownerPersonId() == null && !facts.containsKey(model.id())
                            && (Texts.sameName(model.personInCharge(), candidate.name())
                                || model.ownerType() == OwnerType.INDIVIDUAL
                                        && Texts.sameName(model.ownerName(), candidate.name())))
                    .toList();
            int namesakes = byNameOnly.isEmpty() ? 0 : people.named(candidate.unitCode(), candidate.name()).size();
            if (namesakes > 1) {
                if (facts.isEmpty()) {
                    return new Models(List.of(), "Sổ người có " + namesakes + " người tên \"" + candidate.name()
                            + "\" tại đơn vị " + candidate.unitCode() + " và có mô hình chỉ ghi họ tên: không xác"
                            + " định được mô hình đó của ai.");
                }
            } else {
                byNameOnly.forEach(model -> facts.put(model.id(), fact(model.id(), "đăng ký ghi tên "
                        + candidate.name() + " là chủ mô hình hoặc người phụ trách")));
            }
            if (facts.isEmpty()) {
                return new Models(List.of(), "Chưa có mô hình nào do \"" + candidate.name() + "\" xây dựng hoặc"
                        + " tham gia, và đề nghị chưa nêu mô hình.");
            }
            return new Models(List.copyOf(facts.values()), null);
        }

        private ModelFact fact(String modelId, String link) {
            Optional<ModelRecord> model = evidence.model(modelId);
            if (model.isEmpty()) {
                return new ModelFact(modelId, modelId, 0, null, false, false, link, List.of(), null);
            }
            ModelRecord known = model.get();
            boolean recognized = known.status() == ModelStatus.RECOGNIZED
                    || evidence.recognitionsOf(modelId).stream().anyMatch(r -> r.recognized());
            List<String> replicas = evidence.replicasOf(modelId).stream()
                    .filter(replica -> replica.status() != ModelStatus.WITHDRAWN)
                    .map(replica -> "\"" + replica.name() + "\" (" + replica.unitCode() + ")").toList();
            String replicaOf = known.replicatedFrom() == null ? null : evidence.model(known.replicatedFrom())
                    .map(original -> "\"" + original.name() + "\" (" + original.unitCode() + ")")
                    .orElse(known.replicatedFrom());
            return new ModelFact(known.id(), known.name(), known.year(), known.status(), recognized, true, link,
                    replicas, replicaOf);
        }
    }
}
