package vn.dvk.portal.admin.domain;

import java.time.Instant;

/** Which audit records to list: of one official, on one record, between two instants; blank means any. */
public record AuditQuery(String login, String targetId, Instant from, Instant to, int page, int size) {
}
