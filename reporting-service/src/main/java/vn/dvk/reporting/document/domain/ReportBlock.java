package vn.dvk.reporting.document.domain;

import java.util.List;

/** One block of a report document, rendered alike in DOCX and PDF (one document model, two renderers). */
public sealed interface ReportBlock {

    /** How a line of a two-column block is set. */
    enum Emphasis { REGULAR, BOLD, ITALIC, BOLD_ITALIC }

    /** A line of a two-column block, centred in its column unless it is a list line; empty text leaves space. */
    record Line(String text, Emphasis emphasis, int points) {
    }

    /**
     * The header of Decree 30/2020/NĐ-CP: issuing body and number in the left column; national title, motto, place
     * and date in the right one.
     */
    record Letterhead(List<Line> left, List<Line> right) implements ReportBlock {
    }

    /** The end of the document: "Nơi nhận" and its list in the left column, the signature block in the right one. */
    record Closing(List<Line> left, List<Line> right) implements ReportBlock {
    }

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

    /** A table with borders whose header row repeats on every page; cells are text, numbers as digits. */
    record Table(List<String> header, List<List<String>> rows) implements ReportBlock {
    }
}
