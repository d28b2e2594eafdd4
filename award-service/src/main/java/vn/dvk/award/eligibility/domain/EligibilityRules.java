package vn.dvk.award.eligibility.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dvk.award.catalogue.domain.RuleDefinition;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.TaskRating;

/**
 * Checks one rule against a candidate's evidence over the years of the window. A missing record never passes: it is
 * MISSING_EVIDENCE unless what is recorded already fails. Judgement criteria wait for the council's attestation.
 */
public final class EligibilityRules {

    private EligibilityRules() {
    }

    public static RuleResult check(RuleDefinition rule, List<Integer> window, CandidateEvidence evidence,
                                   Optional<Attestation> attestation) {
        return switch (rule.kind()) {
            case TASK_RATING -> taskRatings(rule, window, evidence.ratings());
            case TITLE -> title(rule, window, evidence.titles(rule.title()));
            case RECOGNIZED_MODEL -> recognizedModel(rule, window, evidence.models());
            case REPLICATED_MODEL -> replicatedModel(rule, window, evidence.models(), attestation);
            case JUDGEMENT -> judgement(rule, attestation);
        };
    }

    /**
     * Every year of the window rated {@code minimumRating} or better, at least {@code excellentYears} of them
     * excellent (seed 000 §III.1: one for a mid-term award, two for a final one).
     */
    static RuleResult taskRatings(RuleDefinition rule, List<Integer> window, CandidateEvidence.Ratings ratings) {
        if (ratings.unavailable() != null) {
            return result(rule, RuleOutcome.MISSING_EVIDENCE, ratings.unavailable(), List.of());
        }
        List<String> evidence = new ArrayList<>();
        List<Integer> below = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        int excellent = 0;
        for (int year : window) {
            TaskRating rating = ratings.byYear().get(year);
            if (rating == null) {
                missing.add(year);
                evidence.add("Năm " + year + ": chưa có kết quả xếp loại");
                continue;
            }
            evidence.add("Năm " + year + ": " + rating.label());
            if (rating.compareTo(rule.minimumRating()) > 0) {
                below.add(year);
            }
            if (rating == TaskRating.EXCELLENT) {
                excellent++;
            }
        }
        if (!below.isEmpty()) {
            return result(rule, RuleOutcome.FAIL, "Năm " + join(below) + " xếp loại dưới mức \""
                    + rule.minimumRating().label() + "\".", evidence);
        }
        if (excellent + missing.size() < rule.excellentYears()) {
            return result(rule, RuleOutcome.FAIL, "Có " + excellent + " năm hoàn thành xuất sắc, cần ít nhất "
                    + rule.excellentYears() + ".", evidence);
        }
        if (!missing.isEmpty()) {
            return result(rule, RuleOutcome.MISSING_EVIDENCE, "Chưa có kết quả xếp loại năm " + join(missing) + ".",
                    evidence);
        }
        if (excellent < rule.excellentYears()) {
            return result(rule, RuleOutcome.FAIL, "Có " + excellent + " năm hoàn thành xuất sắc, cần ít nhất "
                    + rule.excellentYears() + ".", evidence);
        }
        return result(rule, RuleOutcome.PASS, "Các năm " + join(window) + " đều đạt \"" + rule.minimumRating().label()
                + "\" trở lên, " + excellent + " năm hoàn thành xuất sắc.", evidence);
    }

    /**
     * The title held every year of the window. A year without the holder in a register that other holders are in
     * counts as not held; a year whose register holds nobody at all is missing evidence.
     */
    static RuleResult title(RuleDefinition rule, List<Integer> window, CandidateEvidence.Titles titles) {
        if (titles.unavailable() != null) {
            return result(rule, RuleOutcome.MISSING_EVIDENCE, titles.unavailable(), List.of());
        }
        List<String> evidence = new ArrayList<>();
        List<Integer> notHeld = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (int year : window) {
            if (titles.held().contains(year)) {
                evidence.add("Năm " + year + ": " + titles.holder() + " đạt danh hiệu \"" + rule.title().label() + "\"");
            } else if (titles.registerKept().contains(year)) {
                notHeld.add(year);
                evidence.add("Năm " + year + ": " + titles.holder() + " không có trong danh sách đạt danh hiệu");
            } else {
                missing.add(year);
                evidence.add("Năm " + year + ": chưa có danh sách danh hiệu \"" + rule.title().label() + "\"");
            }
        }
        if (!notHeld.isEmpty()) {
            return result(rule, RuleOutcome.FAIL, titles.holder() + " không đạt danh hiệu \"" + rule.title().label()
                    + "\" năm " + join(notHeld) + ".", evidence);
        }
        if (!missing.isEmpty()) {
            return result(rule, RuleOutcome.MISSING_EVIDENCE, "Chưa có danh sách danh hiệu \"" + rule.title().label()
                    + "\" năm " + join(missing) + ".", evidence);
        }
        return result(rule, RuleOutcome.PASS, titles.holder() + " đạt danh hiệu \"" + rule.title().label()
                + "\" " + window.size() + " năm liền (" + join(window) + ").", evidence);
    }

    /**
     * The candidate's models as evidence: each described (an unknown one said as such), those recognised within the
     * window, and whether any is still unknown here.
     */
    private record ModelsInWindow(List<String> evidence, List<CandidateEvidence.ModelFact> recognised,
                                  boolean unknown) {

        static ModelsInWindow of(CandidateEvidence.Models models, List<Integer> window) {
            List<String> evidence = new ArrayList<>();
            List<CandidateEvidence.ModelFact> recognised = new ArrayList<>();
            boolean unknown = false;
            for (CandidateEvidence.ModelFact model : models.models()) {
                if (!model.known()) {
                    unknown = true;
                    evidence.add("Mô hình " + model.id() + ": chưa nhận được thông tin đăng ký");
                    continue;
                }
                evidence.add(describe(model));
                if (counts(model, window)) {
                    recognised.add(model);
                }
            }
            return new ModelsInWindow(evidence, recognised, unknown);
        }
    }

    /** A registered model recognised within the window and not withdrawn. */
    static RuleResult recognizedModel(RuleDefinition rule, List<Integer> window, CandidateEvidence.Models models) {
        if (models.unavailable() != null) {
            return result(rule, RuleOutcome.MISSING_EVIDENCE, models.unavailable(), List.of());
        }
        ModelsInWindow sifted = ModelsInWindow.of(models, window);
        List<String> evidence = sifted.evidence();
        List<CandidateEvidence.ModelFact> counted = sifted.recognised();
        boolean unknown = sifted.unknown();
        if (!counted.isEmpty()) {
            return result(rule, RuleOutcome.PASS, "Có " + counted.size() + " mô hình đã được công nhận: "
                    + String.join("; ", counted.stream().map(CandidateEvidence.ModelFact::name).toList()) + ".",
                    evidence);
        }
        if (models.models().isEmpty() || unknown) {
            return result(rule, RuleOutcome.MISSING_EVIDENCE, "Chưa có mô hình đã đăng ký nào để đối chiếu.",
                    evidence);
        }
        return result(rule, RuleOutcome.FAIL, "Không có mô hình nào được công nhận trong các năm " + join(window)
                + ".", evidence);
    }

    /**
     * Seed 000 §III.1.b: the candidate built or actively took part in a model "đã được đơn vị, địa phương công nhận và
     * nhân rộng hoặc có thể được nhân ra diện rộng". A recognised model with a replica, or itself a replica, passes; a
     * recognised one not replicated waits for the council to judge whether it can be; none recognised fails; no model
     * known is missing evidence.
     */
    static RuleResult replicatedModel(RuleDefinition rule, List<Integer> window, CandidateEvidence.Models models,
                                      Optional<Attestation> attestation) {
        if (models.unavailable() != null) {
            return result(rule, RuleOutcome.MISSING_EVIDENCE, models.unavailable(), List.of());
        }
        ModelsInWindow sifted = ModelsInWindow.of(models, window);
        List<String> evidence = sifted.evidence();
        List<CandidateEvidence.ModelFact> recognised = sifted.recognised();
        boolean unknown = sifted.unknown();
        List<String> replicated = recognised.stream().filter(CandidateEvidence.ModelFact::replicated)
                .map(model -> "\"" + model.name() + "\"").toList();
        if (!replicated.isEmpty()) {
            return result(rule, RuleOutcome.PASS, "Mô hình đã được công nhận và nhân rộng: "
                    + String.join("; ", replicated) + ".", evidence);
        }
        if (!recognised.isEmpty()) {
            String names = String.join("; ", recognised.stream().map(model -> "\"" + model.name() + "\"").toList());
            if (attestation.isEmpty()) {
                return result(rule, RuleOutcome.NEEDS_JUDGEMENT, "Mô hình " + names + " đã được công nhận nhưng"
                        + " chưa được nhân rộng: chờ Hội đồng Thi đua – Khen thưởng đánh giá khả năng nhân rộng.",
                        evidence);
            }
            Attestation made = attestation.get();
            evidence.add("Hội đồng xác nhận (" + made.by() + "): " + made.note());
            return made.holds()
                    ? result(rule, RuleOutcome.PASS, "Mô hình " + names + " đã được công nhận; Hội đồng xác nhận có"
                            + " thể nhân rộng.", evidence)
                    : result(rule, RuleOutcome.FAIL, "Mô hình " + names + " đã được công nhận; Hội đồng xác nhận"
                            + " chưa thể nhân rộng.", evidence);
        }
        if (models.models().isEmpty() || unknown) {
            return result(rule, RuleOutcome.MISSING_EVIDENCE, "Chưa có mô hình đã đăng ký nào để đối chiếu.",
                    evidence);
        }
        return result(rule, RuleOutcome.FAIL, "Không có mô hình nào được công nhận trong các năm " + join(window)
                + ".", evidence);
    }

    private static boolean counts(CandidateEvidence.ModelFact model, List<Integer> window) {
        return model.recognized() && model.status() != ModelStatus.WITHDRAWN
                && (window.isEmpty() || window.contains(model.year()));
    }

    private static String describe(CandidateEvidence.ModelFact model) {
        StringBuilder text = new StringBuilder("Mô hình \"").append(model.name()).append("\" (").append(model.year())
                .append("): ").append(model.status().label());
        if (model.recognized()) {
            text.append(", đã được công nhận");
        }
        if (model.link() != null) {
            text.append("; ").append(model.link());
        }
        if (!model.replicas().isEmpty()) {
            text.append("; nhân rộng tại: ").append(String.join(", ", model.replicas()));
        }
        if (model.replicaOf() != null) {
            text.append("; nhân rộng từ mô hình ").append(model.replicaOf());
        }
        return text.toString();
    }

    /** Waits for the council: attested as holding passes, as not holding fails. */
    static RuleResult judgement(RuleDefinition rule, Optional<Attestation> attestation) {
        if (attestation.isEmpty()) {
            return result(rule, RuleOutcome.NEEDS_JUDGEMENT, "Chờ Hội đồng Thi đua – Khen thưởng đánh giá.",
                    List.of());
        }
        Attestation made = attestation.get();
        List<String> evidence = List.of("Hội đồng xác nhận (" + made.by() + "): " + made.note());
        return made.holds()
                ? result(rule, RuleOutcome.PASS, "Hội đồng xác nhận đạt tiêu chí.", evidence)
                : result(rule, RuleOutcome.FAIL, "Hội đồng xác nhận chưa đạt tiêu chí.", evidence);
    }

    private static RuleResult result(RuleDefinition rule, RuleOutcome outcome, String explanation,
                                     List<String> evidence) {
        return new RuleResult(rule.code(), rule.name(), rule.basis(), rule.kind(), outcome, explanation, evidence);
    }

    private static String join(List<Integer> years) {
        return String.join(", ", years.stream().map(String::valueOf).toList());
    }
}
