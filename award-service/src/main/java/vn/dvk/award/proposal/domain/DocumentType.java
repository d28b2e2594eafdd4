package vn.dvk.award.proposal.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The document types a dossier accepts, recognised by content, never by name: a PDF starts with {@code %PDF-}; DOCX
 * and XLSX are ZIP packages with {@code [Content_Types].xml} and {@code word/document.xml} or {@code xl/workbook.xml}.
 */
public enum DocumentType {
    PDF("application/pdf", ".pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type the content is, whatever its name says; empty for anything else (an executable, a text, a JPEG). */
    public static Optional<DocumentType> sniff(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (!startsWith(content, ZIP_MAGIC)) {
            return Optional.empty();
        }
        Set<String> entries = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
            }
        } catch (IOException | IllegalArgumentException malformed) {
            return Optional.empty();
        }
        if (!entries.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (entries.contains("word/document.xml")) {
            return Optional.of(DOCX);
        }
        return entries.contains("xl/workbook.xml") ? Optional.of(XLSX) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length
                && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
    }
}
