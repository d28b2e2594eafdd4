package vn.dvk.platform.domain;

/** A record with the id a create would give already exists. */
public class AlreadyExists extends Rejection.Conflict {

    public AlreadyExists(String id) {
        super("already-exists", null, "Bản ghi '" + id + "' đã tồn tại.");
    }
}
