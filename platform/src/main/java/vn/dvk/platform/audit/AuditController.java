package vn.dvk.platform.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.scope.InstanceScope;

/** The audit log of this service for ADMIN and AUDITOR officials, and the walk that verifies its chain. */
@RestController
@Tag(name = "Nhật ký kiểm tra / Audit log")
public class AuditController {

    private final AuditTrail trail;
    private final InstanceScope scope;

    public AuditController(AuditTrail trail, InstanceScope scope) {
        this.trail = trail;
        this.scope = scope;
    }

    @GetMapping("/api/v1/audit")
    @Operation(summary = "Nhật ký thao tác / Audit records, newest first")
    public AuditTrail.Page list(@RequestParam(required = false) String login,
                                @RequestParam(required = false) String targetId,
                                @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw Rejection.invalid("page", "phải lớn hơn hoặc bằng 0");
        }
        if (size < 1 || size > 500) {
            throw Rejection.invalid("size", "phải từ 1 đến 500");
        }
        String visible = scope.visiblePath().orElseThrow(() -> Rejection.outOfScope("outside-your-unit", null,
                "Đơn vị của bạn nằm ngoài phạm vi quản lý của phiên bản này."));
        return trail.list(new AuditTrail.Filter(blankToNull(login), blankToNull(targetId), instant("from", from),
                instant("to", to)), visible, page, size);
    }

    @GetMapping("/api/v1/audit/verification")
    @Operation(summary = "Kiểm tra tính toàn vẹn của nhật ký / Walk the hash chain of the audit log")
    public AuditTrail.Verification verify() {
        return trail.verify();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Rejection.invalid(field, "phải là thời điểm ISO-8601, ví dụ 2026-01-31T00:00:00Z");
        }
    }
}
