package vn.dvk.platform.unit.application;

import java.util.concurrent.atomic.AtomicReference;
import vn.dvk.platform.unit.domain.UnitDirectory;

/**
 * The unit directory this instance uses now: the one holder every scope check, sheet and access decision reads, so
 * that a directory published while the instance runs replaces the old one for all of them at once. A version is
 * swapped in whole (never edited in place) and only when it is newer than the one held.
 */
public final class CurrentUnitDirectory {

    /** Version 0: the directory the instance started with from a file or the bundled demo set, never imported. */
    public static final long NOT_IMPORTED = 0;

    /** A directory with its version and where it came from (a file, the bundled set, an import). */
    public record Loaded(long version, UnitDirectory directory, String source) {
    }

    private final AtomicReference<Loaded> current;

    public CurrentUnitDirectory(Loaded initial) {
        this.current = new AtomicReference<>(initial);
    }

    /** A holder of a directory that nothing replaces: tests without Spring, tools. */
    public static CurrentUnitDirectory fixed(UnitDirectory directory) {
        return new CurrentUnitDirectory(new Loaded(NOT_IMPORTED, directory, "fixed"));
    }

    public UnitDirectory get() {
        return current.get().directory();
    }

    public Loaded loaded() {
        return current.get();
    }

    public long version() {
        return current.get().version();
    }

    /** Swaps the directory in when its version is newer than the held one; false when it is not. */
    public boolean replaceIfNewer(Loaded candidate) {
        Loaded held;
        do {
            held = current.get();
            if (candidate.version() <= held.version()) {
                return false;
            }
        } while (!current.compareAndSet(held, candidate));
        return true;
    }
}
