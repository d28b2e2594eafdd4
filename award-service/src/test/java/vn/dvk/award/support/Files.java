package vn.dvk.award.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind a dossier meets: real PDF, DOCX and XLSX packages, and things that only pretend. */
public final class Files {

    private Files() {
    }

    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] docx() {
        return zip("word/document.xml");
    }

    public static byte[] xlsx() {
        return zip("xl/workbook.xml");
    }

    /** The start of a Windows executable, as a file renamed .pdf would carry. */
    public static byte[] exe() {
        byte[] content = new byte[512];
        content[0] = 'M';
        content[1] = 'Z';
        return content;
    }

    private static byte[] zip(String part) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
