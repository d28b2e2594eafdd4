package vn.dvk.reporting.projection.domain;

/** A projection applied an event that changed the read models of the unit at {@code unitPath}. */
public record ProjectionChanged(String unitPath, String eventType) {
}
