package vn.dvk.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * One state-changing request or admin action: who (login, name, roles, home unit and its path), when, what (method,
 * path and the endpoint's pattern), on which record, with which outcome (the HTTP status), the request id and the
 * client's address. Records form a chain: each carries the hash of the one before it, and its own hash covers every
 * field and that link, so changing, removing or inserting a record breaks the chain from there on.
 */
public record AuditRecord(long sequence, Instant at, String login, String name, List<String> roles, String unitCode,
                          String unitPath, String method, String path, String operation, String targetId, int status,
                          String requestId, String clientAddress, String previousHash, String hash) {

    /** The hash before the first record. */
    public static final String GENESIS = "0".repeat(64);

    public AuditRecord {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** What a request contributes; the trail adds sequence, link and hash. */
    public record Entry(Instant at, String login, String name, List<String> roles, String unitCode, String unitPath,
                        String method, String path, String operation, String targetId, int status, String requestId,
                        String clientAddress) {
    }

    static AuditRecord chain(long sequence, Entry entry, String previousHash) {
        AuditRecord unsigned = new AuditRecord(sequence, entry.at(), entry.login(), entry.name(), entry.roles(),
                entry.unitCode(), entry.unitPath(), entry.method(), entry.path(), entry.operation(), entry.targetId(),
                entry.status(), entry.requestId(), entry.clientAddress(), previousHash, null);
        return unsigned.withHash(unsigned.computeHash());
    }

    /** The outcome as officials read it in the log. */
    public String outcome() {
        if (status >= 200 && status < 300) {
            return "SUCCEEDED";
        }
        return status >= 500 ? "FAILED" : "REFUSED";
    }

    /** Whether the record's own hash still matches its fields and link. */
    public boolean isIntact() {
        return computeHash().equals(hash);
    }

    String computeHash() {
        String canonical = String.join("\n", Long.toString(sequence), String.valueOf(at == null ? null
                        : at.toEpochMilli()), login, name, String.join(",", roles), unitCode, unitPath, method, path,
                operation, targetId, Integer.toString(status), requestId, clientAddress, previousHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private AuditRecord withHash(String newHash) {
        return new AuditRecord(sequence, at, login, name, roles, unitCode, unitPath, method, path, operation,
                targetId, status, requestId, clientAddress, previousHash, newHash);
    }
}
