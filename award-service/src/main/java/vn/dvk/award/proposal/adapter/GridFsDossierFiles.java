package vn.dvk.award.proposal.adapter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Repository;
import vn.dvk.award.proposal.domain.DossierFiles;

/** Dossier documents in MongoDB GridFS, tagged with their proposal. */
@Repository
class GridFsDossierFiles implements DossierFiles {

    private final GridFsTemplate gridFs;

    GridFsDossierFiles(GridFsTemplate gridFs) {
        this.gridFs = gridFs;
    }

    @Override
    public String store(String proposalId, String filename, String contentType, byte[] content) {
        ObjectId id = gridFs.store(new ByteArrayInputStream(content), filename, contentType,
                new Document("proposalId", proposalId));
        return id.toHexString();
    }

    @Override
    public Optional<byte[]> read(String fileId) {
        if (!ObjectId.isValid(fileId)) {
            return Optional.empty();
        }
        var file = gridFs.findOne(byId(fileId));
        if (file == null) {
            return Optional.empty();
        }
        GridFsResource resource = gridFs.getResource(file);
        try (InputStream in = resource.getInputStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String fileId) {
        if (ObjectId.isValid(fileId)) {
            gridFs.delete(byId(fileId));
        }
    }

    private static Query byId(String fileId) {
        return Query.query(Criteria.where("_id").is(new ObjectId(fileId)));
    }
}
