package vn.dvk.portal.shared.domain;

/** A file passed between the browser and a service: an upload, a template, a report, an export. */
public record FileContent(String filename, String contentType, byte[] content) {

    public FileContent {
        content = content == null ? new byte[0] : content;
    }
}
