package vn.dvk.evaluation.shared.adapter;

import vn.dvk.platform.scope.InstanceScope;

/** The {@code unit} query parameter of list endpoints: defaults to the instance's scope and must lie inside it. */
public final class UnitParameter {

    private UnitParameter() {
    }

    /** The path of the unit asked for: 422 for an unknown unit, 403 for one outside the scope. */
    public static String pathOf(InstanceScope scope, String unit) {
        String code = unit == null || unit.isBlank() ? scope.code() : unit.strip();
        if (code.equals(scope.code())) {
            return scope.path();
        }
        scope.requireWritable("unit", code);
        return scope.pathOf(code);
    }

    /** The unit code asked for, defaulting to the instance's scope. */
    public static String codeOf(InstanceScope scope, String unit) {
        pathOf(scope, unit);
        return unit == null || unit.isBlank() ? scope.code() : unit.strip();
    }
}
