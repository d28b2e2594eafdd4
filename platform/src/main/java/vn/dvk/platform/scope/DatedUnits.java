package vn.dvk.platform.scope;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.unit.domain.UnitCoverage;
import vn.dvk.platform.unit.domain.UnitHistory;

/**
 * Reads the unit a request names in the unit tree of a date ({@code asOf}), ADR 0021: a unit of the tree records are
 * registered under reads as {@link InstanceScope#select} does; a unit of the tree that succeeded it covers the old
 * units' subtrees it took over, each of which must lie in the instance's and the caller's subtree. Without a date, a
 * code of the instance's directory keeps its meaning there, whatever the year; another code is read in the tree of
 * the last day of the year.
 */
public final class DatedUnits {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final InstanceScope scope;
    private final UnitHistory history;

    public DatedUnits(InstanceScope scope, UnitHistory history) {
        this.scope = scope;
        this.history = history;
    }

    public UnitHistory history() {
        return history;
    }

    /**
     * @param asOf the date asked for ({@code YYYY-MM-DD}); null: a code the instance's directory knows is read there,
     *             since this deployment registers its records under it in every year, and any other code in the tree
     *             of the last day of {@code year}
     * @param year the request's year as given; a malformed one is left to the caller to refuse
     */
    public UnitSelection select(String unitField, String unitCode, String asOfField, String asOf, String year) {
        boolean dateGiven = asOf != null && !asOf.isBlank();
        LocalDate date = dateGiven ? parse(asOfField, asOf.strip()) : lastDayOf(year);
        if (unitCode == null || unitCode.isBlank() || date == null
                || !dateGiven && scope.directory().contains(unitCode.strip())) {
            return scope.select(unitField, unitCode);
        }
        String requested = unitCode.strip();
        UnitCoverage coverage = history.coverage(requested, date).orElse(null);
        if (coverage == null && dateGiven) {
            throw new Rejection.NotFound("unknown-unit-on-date", unitField, "Không có đơn vị hành chính mã '"
                    + requested + "' vào ngày " + date.format(SHOWN) + ".");
        }
        if (coverage == null || !coverage.successor()) {
            return scope.select(unitField, requested);
        }
        for (String path : coverage.paths()) {
            if (!scope.coversPath(path) || !scope.isVisible(path)) {
                throw Rejection.outOfScope("out-of-scope", unitField, "Đơn vị '" + requested + "' vào ngày "
                        + date.format(SHOWN) + " gồm cả số liệu nằm ngoài phạm vi của phiên bản này (" + scope.code()
                        + ") hoặc của đơn vị bạn.");
            }
        }
        return new UnitSelection(requested, coverage.path(), coverage.paths(), true);
    }

    private static LocalDate parse(String field, String asOf) {
        try {
            return LocalDate.parse(asOf, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw Rejection.invalid(field, "Ngày '" + asOf + "' không hợp lệ (định dạng YYYY-MM-DD, ví dụ 2026-01-01).");
        }
    }

    private static LocalDate lastDayOf(String year) {
        if (year == null || !year.strip().matches("[0-9]{4}")) {
            return null;
        }
        return LocalDate.of(Integer.parseInt(year.strip()), 12, 31);
    }
}
