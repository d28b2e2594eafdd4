package vn.dvk.reporting.compliance.domain;

import vn.dvk.contracts.catalog.UnitLevel;

/** A unit of the directory with its path, as compliance needs it. */
public record UnitNode(String code, String name, UnitLevel level, String parentCode, String path) {
}
