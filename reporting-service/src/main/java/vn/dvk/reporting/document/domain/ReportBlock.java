package vn.dvk.reporting.document.domain;

import java.util.List;

/** One block of a report document, rendered alike in DOCX, XLSX and PDF. */
public sealed interface ReportBlock {

    /** Centered, bold text (the heading block, the title). */
    record Title(String text) implements ReportBlock {
    }

    /** A centered line in regular weight. */
    record Centered(String text) implements ReportBlock {
    }

    /** A section heading. */
    record Heading(String text) implements ReportBlock {
    }

    record Paragraph(String text) implements ReportBlock {
    }

    /** A list item; {@code depth} 0 for "-", 1 for "+". */
    record Bullet(int depth, String text) implements ReportBlock {
    }

    /** A part people write by hand; rendered in italics. */
    record Placeholder(String text) implements ReportBlock {
    }

    /** A table; cells are text, numbers as digits. */
    record Table(List<String> header, List<List<String>> rows) implements ReportBlock {
    }
}
