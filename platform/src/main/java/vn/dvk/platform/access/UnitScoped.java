package vn.dvk.platform.access;

/**
 * A stored record that belongs to a unit: a document class implements it so that every load of it during a request
 * is checked against the caller's subtree ({@link VisibilityCheck}).
 */
public interface UnitScoped {

    /** The path of the unit the record belongs to, from its province. */
    String unitPath();

    /**
     * Whether officials below the unit see the record too: true for reference data an upper level issues for its
     * subtree (campaigns, plans, targets); false for facts about a unit, which only its own subtree sees.
     */
    default boolean visibleFromBelow() {
        return false;
    }
}
