package vn.dvk.portal.admin.domain;

import java.time.Instant;
import java.util.List;

/** One record of a service's audit log: who did what, on which record, with which outcome. */
public record AuditEntry(long sequence, Instant at, String login, String name, List<String> roles, String unitCode,
                         String method, String path, String operation, String targetId, int status,
                         String requestId, String clientAddress) {

    public AuditEntry {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** Whether the service refused the request (a 4xx or 5xx status). */
    public boolean refused() {
        return status >= 400;
    }

    /** A page of the log, newest first. */
    public record Page(List<AuditEntry> items, int page, int size, long total) {

        public Page {
            items = items == null ? List.of() : List.copyOf(items);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }
}
