package vn.dvk.platform.web;

/** An official already holds as many open event streams as one official may; answered 429 problem+json. */
public class TooManyStreams extends RuntimeException {

    private final int limit;

    public TooManyStreams(int limit) {
        super("Bạn đang mở " + limit + " luồng cập nhật trực tiếp, mức tối đa cho một cán bộ; hãy đóng bớt cửa sổ"
                + " bảng theo dõi rồi thử lại.");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
