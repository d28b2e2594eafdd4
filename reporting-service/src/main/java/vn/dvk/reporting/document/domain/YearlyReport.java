package vn.dvk.reporting.document.domain;

import java.util.List;
import vn.dvk.reporting.statistics.domain.ModelStatistics;

/**
 * The yearly report (seed 004) as blocks, with the file name to offer, and the figures its spreadsheet tabulates:
 * the statistics of §2.4 and the list of every model (the seed's annex).
 */
public record YearlyReport(String fileName, String title, List<ReportBlock> blocks, ModelStatistics statistics,
                           List<ModelListing> models) {

    /** One model as the annex lists it. */
    public record ModelListing(String unitName, String name, String level, String field, String ownerType,
                               String status, String ownerName) {
    }
}
