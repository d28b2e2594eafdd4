package vn.dvk.portal.award.adapter;

import org.springframework.web.util.UriComponentsBuilder;

/** The proposals list's filters as they appear in the page's address: unit (with its subtree), year, status. */
public class ProposalFilter {

    private String unit;
    private Integer year;
    private String status;
    private int page;

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }

    String unitOr(String homeUnit) {
        return unit == null || unit.isBlank() ? homeUnit : unit.strip();
    }

    /** The list with these filters for another unit or page (null: the same unit, the first page). */
    /** This list, with its filters, for another unit (the unit picker's links). */
    public String unitLink(String unitCode) {
        return link(unitCode, null);
    }

    public String link(String otherUnit, Integer otherPage) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/proposals");
        String chosenUnit = otherUnit != null ? otherUnit : unit;
        if (chosenUnit != null && !chosenUnit.isBlank()) {
            uri.queryParam("unit", chosenUnit);
        }
        if (year != null) {
            uri.queryParam("year", year);
        }
        if (status != null && !status.isBlank()) {
            uri.queryParam("status", status);
        }
        if (otherPage != null && otherPage > 0) {
            uri.queryParam("page", otherPage);
        }
        return uri.encode().build().toUriString();
    }
}
