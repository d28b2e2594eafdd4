package vn.dvk.identity.unitdirectory.domain;

import java.util.List;
import java.util.Optional;

/** The accepted versions of the unit directory. */
public interface DirectoryVersions {

    Optional<DirectoryVersion> latest();

    /** Every version, newest first, without their units. */
    List<VersionSummary> history();

    /**
     * Stores a new version and publishes it as reference data in the same write; refused with {@code AlreadyExists}
     * when another import took its number first.
     */
    void publish(DirectoryVersion version);
}
