package vn.dvk.award.proposal.domain;

import java.time.Instant;
import vn.dvk.contracts.catalog.DossierDocumentKind;

/** One dossier document as stored: where (the file store's id), what type its content is, its size and SHA-256. */
public record DossierFile(DossierDocumentKind kind, String fileId, String filename, DocumentType type, long size,
                          String sha256, String uploadedBy, Instant uploadedAt) {
}
