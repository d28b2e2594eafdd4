package vn.dvk.reporting.document.adapter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import vn.dvk.reporting.document.domain.ReportBlock;
import vn.dvk.reporting.document.domain.YearlyReport;

/**
 * Renders the same blocks as {@link DocxWriter} as PDF (Apache PDFBox) in the format of Decree 30/2020/NĐ-CP: A4,
 * margins top and bottom 20 mm, left 30 mm, right 15 mm, Liberation Serif 13 pt (metric-compatible with Times New
 * Roman, SIL OFL, bundled under {@code fonts/} and embedded so Vietnamese displays and extracts intact), the header and
 * the closing in two columns, tables with borders whose header row is redrawn on each new page, the page number
 * centred at the top from page 2 on.
 */
@Component
public class PdfWriter {

    static final float MILLIMETRE = 72f / 25.4f;
    static final float TOP = 20 * MILLIMETRE;
    static final float BOTTOM = 20 * MILLIMETRE;
    static final float LEFT = 30 * MILLIMETRE;
    static final float RIGHT = 15 * MILLIMETRE;
    private static final float SIZE = 13;
    private static final float LEADING = 16;
    private static final float PARAGRAPH_SPACE = 6;
    private static final float WIDTH = PDRectangle.A4.getWidth() - LEFT - RIGHT;
    private static final float LEFT_COLUMN = 65 * MILLIMETRE;
    private static final float CELL_PADDING = 3;
    private static final float[] TABLE_COLUMNS = {0.22f, 0.36f, 0.14f, 0.14f, 0.14f};

    public byte[] write(YearlyReport report) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(report.title());
            Fonts fonts = new Fonts(load(document, "fonts/LiberationSerif-Regular.ttf"),
                    load(document, "fonts/LiberationSerif-Bold.ttf"),
                    load(document, "fonts/LiberationSerif-Italic.ttf"),
                    load(document, "fonts/LiberationSerif-BoldItalic.ttf"));
            try (Canvas canvas = new Canvas(document, fonts)) {
                for (ReportBlock block : report.blocks()) {
                    if (block instanceof ReportBlock.Letterhead letterhead) {
                        canvas.columns(letterhead.left(), letterhead.right(), false);
                    } else if (block instanceof ReportBlock.Closing closing) {
                        canvas.columns(closing.left(), closing.right(), true);
                    } else if (block instanceof ReportBlock.Title title) {
                        canvas.centered(title.text(), fonts.bold, SIZE);
                    } else if (block instanceof ReportBlock.Centered centered) {
                        canvas.centered(centered.text(), fonts.regular, SIZE);
                    } else if (block instanceof ReportBlock.Heading heading) {
                        canvas.wrapped(heading.text(), fonts.bold, 0);
                    } else if (block instanceof ReportBlock.Paragraph paragraph) {
                        canvas.wrapped(paragraph.text(), fonts.regular, 0);
                    } else if (block instanceof ReportBlock.Bullet bullet) {
                        canvas.wrapped((bullet.depth() == 0 ? "- " : "+ ") + bullet.text(), fonts.regular,
                                18 * (bullet.depth() + 1));
                    } else if (block instanceof ReportBlock.Placeholder placeholder) {
                        canvas.wrapped(placeholder.text(), fonts.italic, 0);
                    } else if (block instanceof ReportBlock.Table table) {
                        canvas.table(table);
                    }
                }
            }
            numberPages(document, fonts.regular);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDType0Font load(PDDocument document, String resource) throws IOException {
        try (InputStream in = PdfWriter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " is missing from the classpath");
            }
            return PDType0Font.load(document, in);
        }
    }

    /** The decree numbers pages from the second one, centred in the top margin. */
    private static void numberPages(PDDocument document, PDType0Font font) throws IOException {
        for (int index = 1; index < document.getNumberOfPages(); index++) {
            PDPage page = document.getPage(index);
            try (PDPageContentStream stream = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String number = Integer.toString(index + 1);
                stream.beginText();
                stream.setFont(font, SIZE);
                stream.newLineAtOffset(LEFT + (WIDTH - textWidth(number, font, SIZE)) / 2,
                        page.getMediaBox().getHeight() - TOP / 2 - SIZE / 2);
                stream.showText(number);
                stream.endText();
            }
        }
    }

    private static float textWidth(String text, PDType0Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Splits text into lines no wider than {@code width}; a word longer than a line is split where it must be. */
    static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (textWidth(candidate, font, size) <= width) {
                current = new StringBuilder(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
            }
            current = new StringBuilder();
            for (int offset = 0; offset < word.length(); ) {
                int end = offset + 1;
                while (end < word.length() && textWidth(word.substring(offset, end + 1), font, size) <= width) {
                    end++;
                }
                if (end < word.length()) {
                    lines.add(word.substring(offset, end));
                } else {
                    current.append(word.substring(offset));
                }
                offset = end;
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private record Fonts(PDType0Font regular, PDType0Font bold, PDType0Font italic, PDType0Font boldItalic) {

        PDType0Font of(ReportBlock.Emphasis emphasis) {
            return switch (emphasis) {
                case REGULAR -> regular;
                case BOLD -> bold;
                case ITALIC -> italic;
                case BOLD_ITALIC -> boldItalic;
            };
        }
    }

    /** Writes top to bottom, starting a new A4 page when the next line or table row does not fit. */
    private static final class Canvas implements AutoCloseable {

        private final PDDocument document;
        private final Fonts fonts;
        private PDPageContentStream stream;
        private float y;

        Canvas(PDDocument document, Fonts fonts) throws IOException {
            this.document = document;
            this.fonts = fonts;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - TOP;
        }

        private void ensure(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        private void show(String text, PDType0Font font, float size, float x, float baseline) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, baseline);
            stream.showText(text);
            stream.endText();
        }

        void centered(String text, PDType0Font font, float size) throws IOException {
            for (String line : wrap(text, font, size, WIDTH)) {
                ensure(LEADING);
                y -= LEADING;
                show(line, font, size, LEFT + (WIDTH - textWidth(line, font, size)) / 2, y);
            }
            y -= PARAGRAPH_SPACE;
        }

        void wrapped(String text, PDType0Font font, float indent) throws IOException {
            for (String line : wrap(text, font, SIZE, WIDTH - indent)) {
                ensure(LEADING);
                y -= LEADING;
                show(line, font, SIZE, LEFT + indent, y);
            }
            y -= PARAGRAPH_SPACE;
        }

        /** Two columns side by side, each drawn whole (left, then right) so the text reads back column by column. */
        void columns(List<ReportBlock.Line> left, List<ReportBlock.Line> right, boolean leftIsList) throws IOException {
            List<Placed> leftLines = place(left, LEFT_COLUMN);
            List<Placed> rightLines = place(right, WIDTH - LEFT_COLUMN);
            ensure(Math.max(height(leftLines), height(rightLines)));
            float top = y;
            float leftBottom = draw(leftLines, LEFT, LEFT_COLUMN, leftIsList, top);
            float rightBottom = draw(rightLines, LEFT + LEFT_COLUMN, WIDTH - LEFT_COLUMN, false, top);
            y = Math.min(leftBottom, rightBottom) - PARAGRAPH_SPACE;
        }

        private record Placed(String text, PDType0Font font, float size) {
        }

        private List<Placed> place(List<ReportBlock.Line> lines, float width) throws IOException {
            List<Placed> placed = new ArrayList<>();
            for (ReportBlock.Line line : lines) {
                PDType0Font font = fonts.of(line.emphasis());
                for (String part : wrap(line.text(), font, line.points(), width)) {
                    placed.add(new Placed(part, font, line.points()));
                }
            }
            return placed;
        }

        private static float height(List<Placed> lines) {
            return lines.stream().map(line -> line.size() + 3).reduce(0f, Float::sum);
        }

        private float draw(List<Placed> lines, float x, float width, boolean leftAligned, float top)
                throws IOException {
            float baseline = top;
            for (Placed line : lines) {
                baseline -= line.size() + 3;
                if (!line.text().isEmpty()) {
                    float offset = leftAligned ? 0 : (width - textWidth(line.text(), line.font(), line.size())) / 2;
                    show(line.text(), line.font(), line.size(), x + offset, baseline);
                }
            }
            return baseline;
        }

        /** A bordered table; a row that does not fit goes to a new page, under the header row drawn again. */
        void table(ReportBlock.Table table) throws IOException {
            float[] widths = new float[TABLE_COLUMNS.length];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = TABLE_COLUMNS[i] * WIDTH;
            }
            List<List<String>> header = cellLines(table.header(), fonts.bold, widths);
            if (y - rowHeight(header) - LEADING * 2 < BOTTOM) {
                newPage();
            }
            row(header, fonts.bold, widths);
            for (List<String> cells : table.rows()) {
                List<List<String>> lines = cellLines(cells, fonts.regular, widths);
                if (y - rowHeight(lines) < BOTTOM) {
                    newPage();
                    row(header, fonts.bold, widths);
                }
                row(lines, fonts.regular, widths);
            }
            y -= PARAGRAPH_SPACE;
        }

        private static List<List<String>> cellLines(List<String> cells, PDType0Font font, float[] widths)
                throws IOException {
            List<List<String>> lines = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                lines.add(wrap(cells.get(i), font, SIZE, widths[i] - 2 * CELL_PADDING));
            }
            return lines;
        }

        private static float rowHeight(List<List<String>> cells) {
            int lines = cells.stream().mapToInt(List::size).max().orElse(1);
            return lines * LEADING + 2 * CELL_PADDING;
        }

        private void row(List<List<String>> cells, PDType0Font font, float[] widths) throws IOException {
            float height = rowHeight(cells);
            float x = LEFT;
            for (int i = 0; i < cells.size(); i++) {
                stream.addRect(x, y - height, widths[i], height);
                float baseline = y - CELL_PADDING;
                for (String line : cells.get(i)) {
                    baseline -= LEADING;
                    show(line, font, SIZE, x + CELL_PADDING, baseline + 4);
                }
                x += widths[i];
            }
            stream.setLineWidth(0.5f);
            stream.stroke();
            y -= height;
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }
}
