package vn.dvk.localstack.backup;

/** A backup or restore that must not go ahead; the message says why and what to do. */
public final class BackupRefusedException extends RuntimeException {

    public BackupRefusedException(String message) {
        super(message);
    }
}
