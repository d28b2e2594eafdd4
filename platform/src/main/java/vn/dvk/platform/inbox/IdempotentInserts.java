package vn.dvk.platform.inbox;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The writes of a batch consumer whose documents take their ids from the events that made them (ADR 0019, ADR 0010):
 * one unordered bulk insert per batch, in which a document whose id is stored already was written by an earlier
 * delivery of the same event and is left as it is. Replaying a batch, or a whole topic, thus writes nothing twice,
 * without a claim per event.
 */
public final class IdempotentInserts {

    private IdempotentInserts() {
    }

    /**
     * Inserts the values whose documents' ids are not stored yet and returns those values, in their order; any failure
     * other than a taken id is thrown once the bulk has run.
     */
    public static <T> List<T> insertNew(MongoTemplate mongo, Class<?> documentType, List<T> values,
                                        Function<T, ?> toDocument) {
        if (values.isEmpty()) {
            return List.of();
        }
        List<Document> documents = new ArrayList<>(values.size());
        for (T value : values) {
            Document document = new Document();
            mongo.getConverter().write(toDocument.apply(value), document);
            documents.add(document);
        }
        Set<Integer> storedBefore = new HashSet<>();
        try {
            mongo.getCollection(mongo.getCollectionName(documentType)).insertMany(documents,
                    new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                storedBefore.add(error.getIndex());
            }
            if (e.getWriteConcernError() != null) {
                throw e;
            }
        }
        List<T> inserted = new ArrayList<>(values.size() - storedBefore.size());
        for (int i = 0; i < values.size(); i++) {
            if (!storedBefore.contains(i)) {
                inserted.add(values.get(i));
            }
        }
        return inserted;
    }
}
