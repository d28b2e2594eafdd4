package vn.dvk.localstack.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a store file before the store opens it for writing, and refuses a damaged one.
 *
 * <p>MVStore alone does not: on a truncated file it silently opens an older version, and overwritten bytes in a
 * document go unnoticed until that document is read, if ever. So the check compares the file with what
 * {@link StoreState} recorded (the exact size and SHA-256 after a clean close; the newest synced version while it ran)
 * and then reads every entry of every map from a read-only open, which deserialises every document and index entry.
 * Nothing is written to the file.
 */
public final class StoreFileCheck {

    private static final Logger log = LoggerFactory.getLogger(StoreFileCheck.class);

    private StoreFileCheck() {
    }

    /**
     * @throws DamagedStoreException when the file must not be served
     * @throws IllegalStateException when another process has the file open
     */
    public static void verify(Path file, StoreState state) {
        Optional<StoreState.Recorded> recorded;
        try {
            recorded = state.read();
        } catch (IllegalArgumentException e) {
            throw new DamagedStoreException(file, "its state file " + state.path() + " is unreadable (" + e.getMessage()
                    + ")", e);
        }
        if (!Files.exists(file)) {
            if (recorded.isPresent()) {
                throw new DamagedStoreException(file, "it is missing, but " + state.path() + " records version "
                        + recorded.get().version() + " of it", null);
            }
            return;
        }
        long started = System.nanoTime();
        recorded.filter(StoreState.Recorded::closed).ifPresent(closed -> compareWithClosedFile(file, closed));
        long entries;
        long version;
        MVStore store;
        try {
            store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                throw new IllegalStateException("The store file " + file + " is in use by another process (" + e
                        .getMessage() + "); is a store already running? ./dvk status", e);
            }
            throw new DamagedStoreException(file, "it cannot be opened (" + e.getMessage() + ")", e);
        }
        try {
            version = store.getCurrentVersion();
            recorded.ifPresent(expected -> compareVersion(file, expected, version));
            entries = readEveryEntry(file, store);
        } finally {
            store.closeImmediately();
        }
        log.info("store file {} checked: version {}, {} entries, {} ms{}", file, version, entries,
                (System.nanoTime() - started) / 1_000_000,
                recorded.isEmpty() ? " (no state file: the file's history is unknown)" : "");
    }

    private static void compareWithClosedFile(Path file, StoreState.Recorded closed) {
        try {
            long size = Files.size(file);
            if (size != closed.size()) {
                throw new DamagedStoreException(file, "it has " + size + " bytes, but the store closed it with "
                        + closed.size(), null);
            }
            if (!FileChecksum.sha256(file).equals(closed.sha256())) {
                throw new DamagedStoreException(file, "its bytes changed after the store closed it (SHA-256 differs"
                        + " from the one recorded at close)", null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void compareVersion(Path file, StoreState.Recorded expected, long version) {
        if (expected.closed() ? version != expected.version() : version < expected.version()) {
            throw new DamagedStoreException(file, "it holds version " + version + " of the data, but version "
                    + expected.version() + " had been written to disk" + (expected.closed() ? " when it was closed"
                    : "; committed writes are missing (was the file truncated or replaced?)"), null);
        }
    }

    private static long readEveryEntry(Path file, MVStore store) {
        long entries = 0;
        for (String name : store.getMapNames()) {
            try {
                MVMap<Object, Object> map = store.openMap(name);
                for (var entry : map.entrySet()) {
                    if (entry.getValue() == null) {
                        throw new IllegalStateException("an entry without a value");
                    }
                    entries++;
                }
            } catch (RuntimeException e) {
                throw new DamagedStoreException(file, "the map '" + name + "' cannot be read (" + e + ")", e);
            }
        }
        return entries;
    }
}
