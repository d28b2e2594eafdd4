package vn.dvk.platform.readmodel;

import java.util.List;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;

/** The read models of a service, and the one way to empty them, or drop them, around a rebuild. */
public class ReadModels {

    private static final Logger log = LoggerFactory.getLogger(ReadModels.class);

    private final List<ReadModel> all;
    private final MongoTemplate mongo;
    private final IndexResolver indexes;

    public ReadModels(List<ReadModel> all, MongoTemplate mongo) {
        this.all = List.copyOf(all);
        this.mongo = mongo;
        this.indexes = new MongoPersistentEntityIndexResolver(mongo.getConverter().getMappingContext());
    }

    public List<ReadModel> all() {
        return all;
    }

    /**
     * Drops every collection of every read model, under the names {@code naming} gives their documents' collections,
     * and recreates the indexes the documents declare: a service keeping generations of its read models (reporting,
     * ADR 0023) prepares a new one this way.
     */
    public void resetAll(UnaryOperator<String> naming) {
        all.forEach(readModel -> reset(readModel, naming));
    }

    /** Drops the collections of every read model under the names {@code naming} gives them. */
    public void dropAll(UnaryOperator<String> naming) {
        all.forEach(readModel -> readModel.documents().forEach(document ->
                mongo.dropCollection(naming.apply(mongo.getCollectionName(document)))));
    }

    private void reset(ReadModel readModel, UnaryOperator<String> naming) {
        for (Class<?> document : readModel.documents()) {
            String collection = naming.apply(mongo.getCollectionName(document));
            mongo.dropCollection(collection);
            IndexOperations operations = mongo.indexOps(collection);
            indexes.resolveIndexFor(document).forEach(operations::createIndex);
            log.info("read model {}: collection {} emptied", readModel.name(), collection);
        }
    }
}
