package vn.dvk.platform.web;

import vn.dvk.platform.domain.Rejection;

/** {@code If-Match} / {@code ETag} carry the aggregate version, quoted ({@code "3"}) or bare ({@code 3}). */
public final class Versions {

    public static final String IF_MATCH = "If-Match";

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header names; 400 naming {@code If-Match} when it is missing or no number. */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Rejection.invalid(IF_MATCH,
                    "thiếu tiêu đề If-Match với phiên bản hiện tại của bản ghi (lấy từ ETag hoặc trường version)");
        }
        return parse(ifMatch);
    }

    /** Like {@link #required} but null when the header is absent. */
    public static Long optional(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : parse(ifMatch);
    }

    private static long parse(String ifMatch) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long version = Long.parseLong(value);
            if (version < 1) {
                throw new NumberFormatException(value);
            }
            return version;
        } catch (NumberFormatException e) {
            throw Rejection.invalid(IF_MATCH, "phải là số phiên bản, ví dụ \"3\"");
        }
    }
}
