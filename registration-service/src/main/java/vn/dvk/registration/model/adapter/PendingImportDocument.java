package vn.dvk.registration.model.adapter;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An import recorded before its models are stored. The models are kept as plain BSON documents in the shape of
 * {@link ModelDocument}, not as {@code ModelDocument}s, so that the model indexes are not declared again over this
 * collection's arrays.
 */
@Document("model_imports")
record PendingImportDocument(@Id String id, List<org.bson.Document> models, Instant recordedAt) {
}
