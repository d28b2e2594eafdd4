package vn.dvk.award.support.fakes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.dvk.award.proposal.domain.DossierFiles;

/** Dossier documents in a map by file id, standing in for GridFS. */
public final class InMemoryDossierFiles implements DossierFiles {

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    @Override
    public synchronized String store(String proposalId, String filename, String contentType, byte[] content) {
        String id = UUID.randomUUID().toString();
        files.put(id, content.clone());
        return id;
    }

    @Override
    public synchronized Optional<byte[]> read(String fileId) {
        return Optional.ofNullable(files.get(fileId)).map(byte[]::clone);
    }

    @Override
    public synchronized void delete(String fileId) {
        files.remove(fileId);
    }

    public synchronized int count() {
        return files.size();
    }
}
