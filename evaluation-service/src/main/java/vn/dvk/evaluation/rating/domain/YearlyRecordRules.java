package vn.dvk.evaluation.rating.domain;

import java.util.Optional;
import vn.dvk.contracts.catalog.Title;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.unit.domain.AdministrativeUnit;

/**
 * The rules every rating and title obeys: a year that has begun, a title only on the kind of unit it exists for, and
 * no second record of the same thing unless it is a correction that says why.
 */
public final class YearlyRecordRules {

    /** The longest correction reason kept, as for any free text an official writes. */
    public static final int REASON_MAX = 500;
    /** The longest name of a holder or a person. */
    public static final int NAME_MAX = 300;

    private YearlyRecordRules() {
    }

    /** A rating or a title is for a year that has begun: none is given in advance. */
    public static void checkYear(int year, int currentYear) {
        if (year > currentYear) {
            throw Rejection.invalid("year", "không được sau năm hiện tại (" + currentYear + ")");
        }
    }

    /**
     * Cultural families and cultural villages (bản, tiểu khu) are recognised inside a commune; the directory knows no
     * level below the commune, so their unit is the commune they live in. A party committee may be clean and strong
     * at any level.
     */
    public static void checkTitleUnit(Title title, AdministrativeUnit unit) {
        if ((title == Title.CULTURAL_FAMILY || title == Title.CULTURAL_VILLAGE) && unit.level() != UnitLevel.COMMUNE) {
            throw Rejection.unprocessable("title-not-for-unit", "unitCode", "Danh hiệu '" + title.label()
                    + "' chỉ xét cho " + (title == Title.CULTURAL_FAMILY ? "gia đình" : "bản, tiểu khu")
                    + " thuộc một xã, phường, thị trấn; " + unit.fullName() + " (" + unit.code() + ") là cấp "
                    + unit.level().label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
    }

    /**
     * The version a record is stored under: 1 for a first record, which has nothing to correct; the next one for a
     * correction, which must say why. A second record without a reason is refused, naming what is already there.
     */
    public static long nextVersion(Optional<Long> current, String correctionReason, String existing) {
        if (current.isEmpty()) {
            if (correctionReason != null) {
                throw Rejection.unprocessable("nothing-to-correct", "correctionReason",
                        "Chưa có bản ghi nào để đính chính; bỏ lý do đính chính để ghi lần đầu.");
            }
            return 1;
        }
        if (correctionReason == null) {
            throw Rejection.conflict("already-recorded", "correctionReason", "Đã có " + existing
                    + "; muốn đính chính thì gửi lại kèm lý do đính chính (correctionReason).");
        }
        return current.get() + 1;
    }
}
