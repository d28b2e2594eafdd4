package vn.dvk.evaluation.shared.domain;

/**
 * A setting one level issued for a campaign (its criterion weights, its deadlines), for the units of its subtree: the
 * value, the path of the unit that issued it, and the version it has reached. Each level keeps its own; a unit
 * follows the one issued nearest above it (or by itself).
 */
public record LevelSetting<T>(T value, String unitPath, long version) {
}
