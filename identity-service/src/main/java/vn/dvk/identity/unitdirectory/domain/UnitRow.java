package vn.dvk.identity.unitdirectory.domain;

/**
 * One row of an uploaded unit directory as the file writes it (reference layout
 * {@code code,level,name,full_name,parent_code}); {@code row} is its number in the spreadsheet, the header being row 1.
 * Blank cells are null.
 */
public record UnitRow(int row, String code, String level, String name, String fullName, String parentCode) {
}
