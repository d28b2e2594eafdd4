package vn.dvk.localstack.store;

import java.nio.file.Path;

/**
 * The store file cannot be trusted: the store must not start on it, because it would serve part of a database as if
 * it were all of it. The message names the file, the reason and what to do.
 */
public final class DamagedStoreException extends RuntimeException {

    private final Path file;

    public DamagedStoreException(Path file, String reason, Throwable cause) {
        super("The store file " + file + " is damaged: " + reason + ". The store does not start on a damaged file,"
                + " so that it never serves part of a database as the whole; the file was left as it is. Stop the"
                + " stack (./dvk stop) and restore the last backup made by ./dvk backup with"
                + " ./dvk restore .dvk/backups/<folder>, or move the file away to start with an empty store.", cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
