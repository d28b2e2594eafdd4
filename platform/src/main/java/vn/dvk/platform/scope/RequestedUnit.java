package vn.dvk.platform.scope;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link UnitSelection} controller parameter bound from the {@code unit} query parameter: absent means the
 * instance's own unit; an unknown unit answers 422 and one outside the scope 403, before the controller runs. With
 * {@link #asOf()} named, the unit is read in the unit tree of that date ({@link DatedUnits}, ADR 0021).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequestedUnit {

    /** The query parameter's name. */
    String value() default "unit";

    /**
     * The query parameter holding the date ({@code YYYY-MM-DD}) whose unit tree interprets the unit; empty (the
     * default) reads the unit in the instance's directory only.
     */
    String asOf() default "";

    /** The query parameter holding the year whose last day is the date when {@link #asOf()} is absent. */
    String year() default "year";
}
