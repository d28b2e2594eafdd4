package vn.dvk.portal.admin.domain;

import java.time.Instant;
import java.util.List;
import vn.dvk.portal.shared.domain.FileContent;

/**
 * identity-service's administration of the unit directory: the directory in use, its units by name, the import history,
 * and the import of a file, checked first (nothing changes) and then published to every service.
 */
public interface UnitDirectoryAdmin {

    Overview current();

    UnitPage units(String query, int page, int size);

    List<Version> history();

    /** What importing the file would do; a refusal names each bad row and column. */
    ImportOutcome check(FileContent file);

    /** Publishes the file as the next version of the directory. */
    ImportOutcome publish(FileContent file);

    /** How many units of a level. */
    record LevelCount(String level, String label, int count) {
    }

    /** The directory in use: its version (0 before any import), where it came from, its counts per level. */
    record Overview(long version, String source, int unitCount, List<LevelCount> levels, Version latest) {
    }

    record Unit(String code, String level, String levelLabel, String name, String fullName, String parentCode,
                String path) {
    }

    record UnitPage(List<Unit> items, int page, int size, long total) {
    }

    /** One imported version: who, when, how many units. */
    record Version(long number, int unitCount, int fromFile, int added, int changed, int kept, String fileName,
                   String importedBy, Instant importedAt) {
    }

    /** What an import did or would do ({@code version} null for a check) and the units it keeps. */
    record ImportOutcome(Long version, int unitCount, int fromFile, int added, int changed, List<String> keptCodes) {
    }
}
