package vn.dvk.evaluation.shared.domain;

import java.util.Locale;
import java.util.Optional;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.platform.domain.Rejection;

/**
 * Which Steering Committee decides on a model (reviews it, evaluates it): a model's management level is the level
 * that registers, follows and recognises it (cấp tỉnh, huyện, cơ sở), so the official deciding must sit in a unit of
 * that very level — a province unit for province-level models, a district for district-level ones, a commune (or an
 * agency) for grassroots ones — and the instance he acts on must serve that level or one above it.
 */
public final class CommitteeLevel {

    private CommitteeLevel() {
    }

    /** The management level whose models a committee at a unit of this level decides on; none for the root. */
    public static Optional<ManagementLevel> of(UnitLevel unitLevel) {
        if (unitLevel == null) {
            return Optional.empty();
        }
        return Optional.of(switch (unitLevel) {
            case PROVINCE -> ManagementLevel.PROVINCE;
            case DISTRICT -> ManagementLevel.DISTRICT;
            case COMMUNE, AGENCY -> ManagementLevel.GRASSROOTS;
        });
    }

    /**
     * 403 {@code level-mismatch}, naming {@code modelId}, unless the official's home unit (of {@code homeLevel}) is
     * of the model's management level.
     */
    public static void requireCommitteeOf(String modelId, ManagementLevel modelLevel, UnitLevel homeLevel) {
        if (of(homeLevel).filter(level -> level == modelLevel).isEmpty()) {
            throw Rejection.outOfScope("level-mismatch", "modelId", "Mô hình '" + modelId + "' là mô hình "
                    + modelLevel.label().toLowerCase(Locale.ROOT) + "; chỉ thành viên Ban Chỉ đạo "
                    + modelLevel.label().toLowerCase(Locale.ROOT) + " được xem xét, đánh giá.");
        }
    }

    /**
     * 403 {@code level-mismatch}, naming {@code modelId}, when the instance (of {@code scopeLevel}, null for the
     * national root) serves a level below the model's: a commune (or an agency) serves grassroots models only, a
     * district also district-level ones, a province and the national root every level.
     */
    public static void requireInstanceServes(String modelId, ManagementLevel modelLevel, UnitLevel scopeLevel) {
        if (!instanceServes(scopeLevel, modelLevel)) {
            throw Rejection.outOfScope("level-mismatch", "modelId", "Mô hình '" + modelId + "' là mô hình "
                    + modelLevel.label().toLowerCase(Locale.ROOT)
                    + "; chỉ Ban Chỉ đạo cấp quản lý mô hình (hoặc cấp trên) được xem xét.");
        }
    }

    private static boolean instanceServes(UnitLevel scopeLevel, ManagementLevel modelLevel) {
        if (scopeLevel == null || scopeLevel == UnitLevel.PROVINCE) {
            return true;
        }
        if (scopeLevel == UnitLevel.DISTRICT) {
            return modelLevel != ManagementLevel.PROVINCE;
        }
        return modelLevel == ManagementLevel.GRASSROOTS;
    }
}
