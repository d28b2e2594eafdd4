package vn.dvk.registration.model.adapter;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;
import vn.dvk.registration.model.application.ModelService;

/**
 * The indexes behind the model list: every list is narrowed by year and by a unit's subtree (an anchored prefix of
 * {@code unitPath}), most also by status. Created at start-up, before demo data or requests arrive; creating an
 * existing index is a no-op.
 */
@Component
class ModelIndexes implements ApplicationRunner {

    private final MongoTemplate mongo;

    ModelIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        IndexOperations indexes = mongo.indexOps(ModelService.COLLECTION);
        indexes.createIndex(new Index().on("year", Sort.Direction.ASC).on("unitPath", Sort.Direction.ASC)
                .named("year_unitPath"));
        indexes.createIndex(new Index().on("unitPath", Sort.Direction.ASC).named("unitPath"));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).named("status"));
        indexes.createIndex(new Index().on("campaignId", Sort.Direction.ASC).named("campaignId"));
    }
}
