package vn.dvk.contracts.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an official may do, each within his home unit's subtree: the roles the identity provider puts into tokens
 * (claim {@code roles}). Names are English in code and tokens, Vietnamese on pages.
 */
public enum Role implements CodeLabel {
    UNIT_CLERK("Cán bộ đầu mối của đơn vị"),
    STEERING_MEMBER("Thành viên Ban Chỉ đạo"),
    COUNCIL_MEMBER("Thành viên Hội đồng Thi đua – Khen thưởng"),
    CHAIRMAN("Chủ tịch UBND"),
    VIEWER("Lãnh đạo, theo dõi"),
    ADMIN("Quản trị hệ thống"),
    AUDITOR("Kiểm tra nhật ký");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** A role named in a token; a role this release does not know is left out rather than refused. */
    public static Optional<Role> named(String name) {
        return Arrays.stream(values()).filter(role -> role.name().equals(name)).findFirst();
    }
}
