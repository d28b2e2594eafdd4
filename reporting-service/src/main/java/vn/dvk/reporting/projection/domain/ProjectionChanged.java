package vn.dvk.reporting.projection.domain;

/**
 * A projection applied an event that changed the read models of the unit at {@code unitPath}. A model is a fact of
 * its unit, which only that unit's subtree sees; a campaign is issued by its unit for the units below it, which see
 * it too ({@code reachesBelow}).
 */
public record ProjectionChanged(String unitPath, String eventType, boolean reachesBelow) {

    /** A change to a record of the unit at {@code unitPath}, such as a model. */
    public static ProjectionChanged factOf(String unitPath, String eventType) {
        return new ProjectionChanged(unitPath, eventType, false);
    }

    /** A change to what the unit at {@code unitPath} issued for its subtree, such as a campaign. */
    public static ProjectionChanged issuedBy(String unitPath, String eventType) {
        return new ProjectionChanged(unitPath, eventType, true);
    }

    /** Whether an official who sees the subtree at {@code subtreePath} (empty: the whole country) sees this change. */
    public boolean visibleFrom(String subtreePath) {
        return within(unitPath, subtreePath) || reachesBelow && within(subtreePath, unitPath);
    }

    private static boolean within(String path, String ancestor) {
        return ancestor.isEmpty() || path.equals(ancestor) || path.startsWith(ancestor + "/");
    }
}
