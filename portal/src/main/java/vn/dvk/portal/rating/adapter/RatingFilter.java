package vn.dvk.portal.rating.adapter;

import org.springframework.web.util.UriComponentsBuilder;

/** The ratings and titles page's filters as they appear in its address: unit (with its subtree) and year. */
public class RatingFilter {

    private String unit;
    private Integer year;

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

    String unitOr(String homeUnit) {
        return unit == null || unit.isBlank() ? homeUnit : unit.strip();
    }

    /** This page, with its year, for another unit (the unit picker's links). */
    public String unitLink(String unitCode) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/ratings").queryParam("unit", unitCode);
        if (year != null) {
            uri.queryParam("year", year);
        }
        return uri.encode().build().toUriString();
    }
}
