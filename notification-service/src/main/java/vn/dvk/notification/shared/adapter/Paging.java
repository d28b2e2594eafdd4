package vn.dvk.notification.shared.adapter;

import vn.dvk.platform.domain.Rejection;

/** The page and size every list of this service accepts. */
public final class Paging {

    public static final int MAX_SIZE = 200;

    private Paging() {
    }

    /** 400 naming {@code page} or {@code size} when out of range. */
    public static void check(int page, int size) {
        if (page < 0) {
            throw Rejection.invalid("page", "phải lớn hơn hoặc bằng 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw Rejection.invalid("size", "phải từ 1 đến " + MAX_SIZE);
        }
    }
}
