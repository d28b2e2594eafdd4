package vn.dvk.platform.unit.application;

import java.util.List;
import java.util.Optional;
import vn.dvk.contracts.unit.UnitDirectoryPublished;
import vn.dvk.platform.unit.domain.AdministrativeUnit;
import vn.dvk.platform.unit.domain.PublishedChunks;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.platform.unit.domain.UnitDirectoryCopy;
import vn.dvk.platform.unit.domain.UnitDirectoryException;

/**
 * Applies the published unit directory to this instance: once every chunk of a version newer than the one in use has
 * arrived, the version is checked (a tree that holds this instance's scope unit), kept in the instance's store and
 * swapped in. Older and repeated versions change nothing, so reading the topic again from its start is harmless.
 */
public final class UnitDirectoryFollowing {

    private final CurrentUnitDirectory current;
    private final UnitDirectoryCopy copy;
    private final String scopeCode;
    private final PublishedChunks chunks = new PublishedChunks();

    public UnitDirectoryFollowing(CurrentUnitDirectory current, UnitDirectoryCopy copy, String scopeCode) {
        this.current = current;
        this.copy = copy;
        this.scopeCode = scopeCode;
    }

    /**
     * Takes one chunk; returns the version it completed and put in use, empty when the version is not complete yet or
     * not newer. A version that does not form a tree holding the scope unit is refused with
     * {@link UnitDirectoryException} and the directory in use stays.
     */
    public synchronized Optional<Long> apply(UnitDirectoryPublished chunk) {
        if (chunk.version() <= current.version()) {
            return Optional.empty();
        }
        Optional<List<AdministrativeUnit>> complete = chunks.add(chunk);
        if (complete.isEmpty()) {
            return Optional.empty();
        }
        UnitDirectory directory = UnitDirectory.of(complete.get());
        if (!directory.contains(scopeCode)) {
            throw new UnitDirectoryException("unit directory version " + chunk.version() + " lacks unit " + scopeCode
                    + ", the scope of this instance");
        }
        copy.keep(new UnitDirectoryCopy.StoredVersion(chunk.version(), complete.get()));
        current.replaceIfNewer(new CurrentUnitDirectory.Loaded(chunk.version(), directory,
                "imported version " + chunk.version()));
        chunks.discardUpTo(chunk.version());
        return Optional.of(chunk.version());
    }
}
