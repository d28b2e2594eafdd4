package vn.dvk.platform.scope;

/**
 * The unit a read is about, checked against the instance's scope: its code and its path from the province (empty for
 * the national root). Controllers receive it for a {@code unit} query parameter marked {@link RequestedUnit}.
 */
public record UnitSelection(String code, String path) {
}
