package vn.dvk.award.shared.adapter;

import vn.dvk.platform.domain.Rejection;

/** The bounds every list endpoint puts on {@code page}, {@code size} and {@code q}. */
public final class Pages {

    private Pages() {
    }

    public static void check(int page, int size, String q) {
        if (page < 0) {
            throw Rejection.invalid("page", "phải lớn hơn hoặc bằng 0");
        }
        if (size < 1 || size > 200) {
            throw Rejection.invalid("size", "phải từ 1 đến 200");
        }
        if (q != null && q.length() > 300) {
            throw Rejection.invalid("q", "không được dài quá 300 ký tự");
        }
    }
}
