package vn.dvk.award.proposal.domain;

import java.util.Optional;

/** Where dossier documents are kept (GridFS): whole files, stored, read back and removed by id. */
public interface DossierFiles {

    /** Stores the content and returns its id. */
    String store(String proposalId, String filename, String contentType, byte[] content);

    Optional<byte[]> read(String fileId);

    void delete(String fileId);
}
