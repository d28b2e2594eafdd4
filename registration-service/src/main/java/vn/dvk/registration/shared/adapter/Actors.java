package vn.dvk.registration.shared.adapter;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import vn.dvk.platform.domain.Rejection;

/**
 * The optional {@value #HEADER} header names who acts (an official or a body, e.g. "Ban Dân vận Huyện ủy"). HTTP
 * headers carry only ISO-8859-1, so Vietnamese names are sent URL-encoded in UTF-8 (as {@code URLEncoder} writes them) and decoded here.
 */
public final class Actors {

    public static final String HEADER = "X-Dvk-Actor";

    private Actors() {
    }

    public static String decode(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            String decoded = URLDecoder.decode(header, StandardCharsets.UTF_8).strip();
            if (decoded.length() > 200) {
                throw Rejection.invalid(HEADER, "không được dài quá 200 ký tự");
            }
            return decoded.isEmpty() ? null : decoded;
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid(HEADER, "phải là văn bản UTF-8 mã hóa phần trăm (percent-encoded)");
        }
    }
}
