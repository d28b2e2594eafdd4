package vn.dvk.portal.admin.adapter;

import org.springframework.web.util.UriComponentsBuilder;

/** The officials list's filters as they appear in the page's address: unit (with its subtree) and page. */
public class OfficialsFilter {

    private String unit;
    private int page;

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
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

    /** This list for another unit (the unit picker's links). */
    public String unitLink(String unitCode) {
        return link(unitCode, null);
    }

    public String link(String otherUnit, Integer otherPage) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin/officials");
        String chosenUnit = otherUnit != null ? otherUnit : unit;
        if (chosenUnit != null && !chosenUnit.isBlank()) {
            uri.queryParam("unit", chosenUnit);
        }
        if (otherPage != null && otherPage > 0) {
            uri.queryParam("page", otherPage);
        }
        return uri.encode().build().toUriString();
    }
}
