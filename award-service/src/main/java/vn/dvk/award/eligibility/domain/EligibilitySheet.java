package vn.dvk.award.eligibility.domain;

import java.util.List;

/** A nominee's eligibility: every applicable rule with its outcome; eligible when no line blocks. */
public record EligibilitySheet(String nomineeId, String nomineeName, List<SheetLine> lines) {

    public EligibilitySheet {
        lines = List.copyOf(lines);
    }

    public boolean eligible() {
        return lines.stream().noneMatch(SheetLine::blocking);
    }

    public List<SheetLine> blocking() {
        return lines.stream().filter(SheetLine::blocking).toList();
    }
}
