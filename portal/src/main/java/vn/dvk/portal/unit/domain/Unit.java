package vn.dvk.portal.unit.domain;

/** An administrative unit (province, district, commune) or an agency attached to one. */
public record Unit(String code, String name, String fullName, String level, String parentCode) {

    /** How pages name it: the full name when the directory has one ("Xã Lóng Phiêng"), else the short name. */
    public String displayName() {
        return fullName == null || fullName.isBlank() ? name : fullName;
    }
}
