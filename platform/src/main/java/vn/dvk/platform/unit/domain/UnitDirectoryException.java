package vn.dvk.platform.unit.domain;

/** A unit file that cannot form a directory: a bad row, a duplicate code, a missing parent or a cycle. */
public class UnitDirectoryException extends RuntimeException {

    public UnitDirectoryException(String message) {
        super(message);
    }
}
