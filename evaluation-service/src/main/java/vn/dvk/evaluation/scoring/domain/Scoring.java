package vn.dvk.evaluation.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.dvk.contracts.catalog.Criterion;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.evaluation.ModelEvaluated;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.evaluation.shared.domain.AlreadyDecided;
import vn.dvk.platform.domain.Rejection;

/**
 * Scoring a model against the seeds' criteria: each 0-10, weighted per campaign, the total rounded to 2 decimals;
 * a recognition needs a total at or above the threshold.
 */
public final class Scoring {

    private Scoring() {
    }

    /** One criterion as the team scored it. */
    public record Given(Criterion criterion, double score, String comment) {
    }

    /** Every criterion scored exactly once, each between 0 and 10. */
    public static List<ModelEvaluated.Score> weigh(List<Given> given, Weights weights) {
        List<Rejection.FieldIssue> problems = new ArrayList<>();
        Set<Criterion> seen = EnumSet.noneOf(Criterion.class);
        List<ModelEvaluated.Score> scores = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Given score = given.get(i);
            if (!seen.add(score.criterion())) {
                problems.add(new Rejection.FieldIssue("scores[" + i + "].criterion",
                        "tiêu chí '" + score.criterion().name() + "' bị chấm hai lần"));
            }
            if (Double.isNaN(score.score()) || score.score() < 0 || score.score() > 10) {
                problems.add(new Rejection.FieldIssue("scores[" + i + "].score", "phải từ 0 đến 10"));
            }
            scores.add(new ModelEvaluated.Score(score.criterion(), score.score(), weights.of(score.criterion()),
                    score.comment()));
        }
        Set<Criterion> missing = EnumSet.allOf(Criterion.class);
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            problems.add(new Rejection.FieldIssue("scores", "thiếu điểm các tiêu chí " + missing));
        }
        if (!problems.isEmpty()) {
            throw Rejection.invalid(problems);
        }
        return List.copyOf(scores);
    }

    /**
     * Σ(score × weight) / Σ weight, rounded half up to 2 decimals; computed in decimals, so that no weight stored
     * before weights were bounded can overflow the sums.
     */
    public static double total(List<ModelEvaluated.Score> scores) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weightSum = BigDecimal.ZERO;
        for (ModelEvaluated.Score score : scores) {
            BigDecimal weight = BigDecimal.valueOf(score.weight());
            weighted = weighted.add(BigDecimal.valueOf(score.score()).multiply(weight));
            weightSum = weightSum.add(weight);
        }
        if (weightSum.signum() <= 0) {
            return 0;
        }
        return weighted.divide(weightSum, 2, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * Only a model being implemented (approved or in progress) is evaluated; a model already recognised or not this
     * year gets no second year-end verdict.
     */
    public static void checkModel(ModelView model, InspectionRound round, boolean yearEndDecided) {
        if (!model.isActive()) {
            throw Rejection.unprocessable("not-evaluable", "modelId", "Mô hình '" + model.id()
                    + "' đang ở trạng thái '" + model.status().label()
                    + "'; chỉ đánh giá mô hình đã phê duyệt hoặc đang triển khai.");
        }
        if (round == InspectionRound.YEAR_END && yearEndDecided) {
            throw new AlreadyDecided("Mô hình '" + model.id()
                    + "' đã có kết quả đánh giá cuối năm, đã quyết định công nhận hay không.");
        }
    }

    /** A team may recognise only a model whose total reaches the threshold. */
    public static void checkVerdict(double total, boolean recognized, double threshold) {
        if (recognized && total < threshold) {
            throw Rejection.unprocessable("verdict-below-threshold", "recognized", "Tổng điểm " + total
                    + " thấp hơn ngưỡng công nhận " + threshold + "; không thể công nhận mô hình.");
        }
    }
}
