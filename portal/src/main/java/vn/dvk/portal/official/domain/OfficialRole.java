package vn.dvk.portal.official.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles the identity provider puts into an official's tokens (claim {@code roles}), with the label the pages show.
 * The services decide what each role may do; the portal only uses the roles to offer the right pages.
 */
public enum OfficialRole {
    UNIT_CLERK("Cán bộ đầu mối của đơn vị"),
    STEERING_MEMBER("Thành viên Ban Chỉ đạo"),
    COUNCIL_MEMBER("Thành viên Hội đồng Thi đua – Khen thưởng"),
    CHAIRMAN("Chủ tịch UBND"),
    VIEWER("Lãnh đạo, theo dõi"),
    ADMIN("Quản trị hệ thống"),
    AUDITOR("Kiểm tra nhật ký");

    private final String label;

    OfficialRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A role named in a token; roles this portal does not know yet are left out rather than refused. */
    public static Optional<OfficialRole> named(String name) {
        return Arrays.stream(values()).filter(role -> role.name().equals(name)).findFirst();
    }
}
