package vn.dvk.portal.model.adapter;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dvk.portal.model.domain.ModelQuery;

/** The list's filters as they appear in the page's address, so that every figure can link to its list. */
public class ModelFilter {

    private String unit;
    private Integer year;
    private String level;
    private String field;
    private String ownerType;
    private String kind;
    private List<String> status = new ArrayList<>();
    private String q;
    private int page;

    String unitOr(String fallback) {
        return unit == null || unit.isBlank() ? fallback : unit.strip();
    }

    ModelQuery toQuery(String effectiveUnit, int size) {
        return new ModelQuery(effectiveUnit, year, blankToNull(level), blankToNull(field), blankToNull(ownerType),
                blankToNull(kind), status.stream().filter(value -> !value.isBlank()).toList(), blankToNull(q), page,
                size);
    }

    /** The address of this list with another page, or another unit, keeping every other filter. */
    /** This list, with its filters, for another unit (the unit picker's links). */
    public String unitLink(String unitCode) {
        return link("/models", unitCode, null);
    }

    public String link(String path, String otherUnit, Integer otherPage) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        add(uri, "unit", otherUnit != null ? otherUnit : unit);
        add(uri, "year", year);
        add(uri, "level", level);
        add(uri, "field", field);
        add(uri, "ownerType", ownerType);
        add(uri, "kind", kind);
        status.forEach(value -> add(uri, "status", value));
        add(uri, "q", q);
        if (otherPage != null && otherPage > 0) {
            uri.queryParam("page", otherPage);
        }
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            uri.queryParam(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean isFiltered() {
        return year != null || level != null && !level.isBlank() || field != null && !field.isBlank()
                || ownerType != null && !ownerType.isBlank() || kind != null && !kind.isBlank() || !status.isEmpty()
                || q != null && !q.isBlank();
    }

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

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getOwnerType() {
        return ownerType;
    }

    public void setOwnerType(String ownerType) {
        this.ownerType = ownerType;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public List<String> getStatus() {
        return status;
    }

    public void setStatus(List<String> status) {
        this.status = status == null ? new ArrayList<>() : new ArrayList<>(status);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
