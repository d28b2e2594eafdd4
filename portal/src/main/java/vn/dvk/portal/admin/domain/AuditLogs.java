package vn.dvk.portal.admin.domain;

import java.util.List;

/** The audit log every service keeps ({@code /api/v1/audit}), read with the official's token (ADMIN or AUDITOR). */
public interface AuditLogs {

    /** The services whose log can be read, by the name the portal's addresses use. */
    List<String> services();

    AuditEntry.Page records(String service, AuditQuery query);
}
