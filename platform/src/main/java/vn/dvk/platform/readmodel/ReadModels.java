package vn.dvk.platform.readmodel;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;

/** The read models of a service, and the one way to empty them before a rebuild. */
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

    /** Drops every collection of every read model and recreates the indexes their documents declare. */
    public void resetAll() {
        all.forEach(this::reset);
    }

    private void reset(ReadModel readModel) {
        for (Class<?> document : readModel.documents()) {
            String collection = mongo.getCollectionName(document);
            mongo.dropCollection(collection);
            IndexOperations operations = mongo.indexOps(collection);
            indexes.resolveIndexFor(document).forEach(operations::createIndex);
            log.info("read model {}: collection {} emptied", readModel.name(), collection);
        }
    }
}
