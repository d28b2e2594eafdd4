package vn.dvk.platform.unit.domain;

import java.util.Objects;
import vn.dvk.contracts.catalog.UnitLevel;

/**
 * One unit of the directory: a province, district or commune with its official statistical code, or an agency
 * attached to one of them. {@code parentCode} is null for a province.
 */
public record AdministrativeUnit(String code, UnitLevel level, String name, String fullName, String parentCode) {

    public AdministrativeUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
        fullName = fullName == null || fullName.isBlank() ? name : fullName;
        parentCode = parentCode == null || parentCode.isBlank() ? null : parentCode;
    }
}
