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
 * Renders a report as PDF (Apache PDFBox) with DejaVu Sans embedded (bundled under {@code fonts/}), whose glyphs
 * cover Vietnamese, so the text displays and extracts intact wherever the file is opened.
 */
@Component
public class PdfWriter {

    private static final float MARGIN = 56;
    private static final float SIZE = 11;
    private static final float LEADING = 15;

    public byte[] write(YearlyReport report) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(report.title());
            Fonts fonts = new Fonts(load(document, "fonts/DejaVuSans.ttf"), load(document, "fonts/DejaVuSans-Bold.ttf"));
            try (Canvas canvas = new Canvas(document, fonts)) {
                for (ReportBlock block : report.blocks()) {
                    if (block instanceof ReportBlock.Title title) {
                        canvas.centered(title.text(), fonts.bold);
                    } else if (block instanceof ReportBlock.Centered centered) {
                        canvas.centered(centered.text(), fonts.regular);
                    } else if (block instanceof ReportBlock.Heading heading) {
                        canvas.space();
                        canvas.wrapped(heading.text(), fonts.bold, 0);
                    } else if (block instanceof ReportBlock.Paragraph paragraph) {
                        canvas.wrapped(paragraph.text(), fonts.regular, 0);
                    } else if (block instanceof ReportBlock.Bullet bullet) {
                        canvas.wrapped((bullet.depth() == 0 ? "- " : "+ ") + bullet.text(), fonts.regular,
                                14 * (bullet.depth() + 1));
                    } else if (block instanceof ReportBlock.Placeholder placeholder) {
                        canvas.wrapped(placeholder.text(), fonts.regular, 0);
                    } else if (block instanceof ReportBlock.Table table) {
                        canvas.table(table);
                    }
                }
            }
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

    private record Fonts(PDType0Font regular, PDType0Font bold) {
    }

    /** Writes lines top to bottom, starting a new A4 page when one is full. */
    private static final class Canvas implements AutoCloseable {

        private final PDDocument document;
        private final Fonts fonts;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
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
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void line(String text, PDType0Font font, float x) throws IOException {
            if (y < MARGIN + LEADING) {
                newPage();
            }
            y -= LEADING;
            stream.beginText();
            stream.setFont(font, SIZE);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }

        void space() {
            y -= LEADING / 2;
        }

        void centered(String text, PDType0Font font) throws IOException {
            for (String line : wrap(text, font, width)) {
                line(line, font, MARGIN + (width - textWidth(line, font)) / 2);
            }
        }

        void wrapped(String text, PDType0Font font, float indent) throws IOException {
            for (String line : wrap(text, font, width - indent)) {
                line(line, font, MARGIN + indent);
            }
        }

        void table(ReportBlock.Table table) throws IOException {
            float[] columns = {0, 110, 300, 360, 420};
            row(table.header(), fonts.bold, columns);
            for (List<String> row : table.rows()) {
                row(row, fonts.regular, columns);
            }
        }

        private void row(List<String> cells, PDType0Font font, float[] columns) throws IOException {
            if (y < MARGIN + LEADING) {
                newPage();
            }
            y -= LEADING;
            for (int i = 0; i < cells.size() && i < columns.length; i++) {
                stream.beginText();
                stream.setFont(font, SIZE);
                stream.newLineAtOffset(MARGIN + columns[i], y);
                stream.showText(cells.get(i));
                stream.endText();
            }
        }

        private static float textWidth(String text, PDType0Font font) throws IOException {
            return font.getStringWidth(text) / 1000 * SIZE;
        }

        private static List<String> wrap(String text, PDType0Font font, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (textWidth(candidate, font) > width && !current.isEmpty()) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
            return lines;
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }
}
