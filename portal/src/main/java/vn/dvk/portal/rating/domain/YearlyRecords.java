package vn.dvk.portal.rating.domain;

import java.util.List;
import vn.dvk.portal.shared.domain.FileContent;

/**
 * evaluation-service's task-completion ratings and titles, called with the signed-in official's token: listed for a
 * unit's subtree, imported from a sheet as a whole or refused with each cell's problem.
 */
public interface YearlyRecords {

    /** Which list a sheet fills. */
    enum Kind {
        RATINGS("xếp loại"),
        TITLES("danh hiệu");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    List<TaskRatingEntry> ratings(String unitCode, Integer year);

    List<TitleEntry> titles(String unitCode, Integer year);

    /** Imports every row of the sheet or none; how many rows were recorded. */
    int importSheet(Kind kind, FileContent sheet);
}
