package vn.dvk.portal.unit.adapter;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of a list of a unit's subtree as they appear in the page's address: unit, year and page, plus what
 * else the list keeps ({@link #keeping}, a proposal's status). The unit picker's and the pager's links keep them all.
 * Only unit, year and page are bound from the request; the list's own address is set by its controller.
 */
public class UnitListFilter {

    private String unit;
    private Integer year;
    private int page;
    private String path = "/";
    private final Map<String, String> kept = new LinkedHashMap<>();

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

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }

    /** The unit chosen, or the official's own when none is. */
    public String unitOr(String homeUnit) {
        return unit == null || unit.isBlank() ? homeUnit : unit.strip();
    }

    UnitListFilter at(String listPath) {
        this.path = listPath;
        return this;
    }

    /** Keeps another filter of the list in its links (nothing when blank). */
    public UnitListFilter keeping(String name, String value) {
        if (value != null && !value.isBlank()) {
            kept.put(name, value.strip());
        }
        return this;
    }

    /** A kept filter's value, null when not chosen. */
    public String kept(String name) {
        return kept.get(name);
    }

    /** This list, with its filters, for another unit (the unit picker's links). */
    public String unitLink(String unitCode) {
        return link(unitCode, null);
    }

    /** The list with these filters for another unit or page (null: the same unit, the first page). */
    public String link(String otherUnit, Integer otherPage) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        String chosenUnit = otherUnit != null ? otherUnit : unit;
        if (chosenUnit != null && !chosenUnit.isBlank()) {
            uri.queryParam("unit", chosenUnit);
        }
        if (year != null) {
            uri.queryParam("year", year);
        }
        kept.forEach(uri::queryParam);
        if (otherPage != null && otherPage > 0) {
            uri.queryParam("page", otherPage);
        }
        return uri.encode().build().toUriString();
    }
}
