package vn.dvk.notification.notice.domain;

import vn.dvk.contracts.catalog.Role;

/**
 * Who hears of a notice without having subscribed: the officials holding {@code role} at the unit {@code unitCode},
 * or, when that unit has none, at the nearest unit above it that has (a commune without its own clerk is served by
 * the district's).
 */
public record Audience(Role role, String unitCode) {
}
