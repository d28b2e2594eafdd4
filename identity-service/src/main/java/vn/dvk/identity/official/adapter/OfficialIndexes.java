package vn.dvk.identity.official.adapter;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** The official list is narrowed by a unit's subtree, an anchored prefix of {@code unitPath}. */
@Component
class OfficialIndexes implements ApplicationRunner {

    private final MongoTemplate mongo;

    OfficialIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        mongo.indexOps(MongoOfficials.COLLECTION).createIndex(new Index().on("unitPath", Sort.Direction.ASC)
                .on("login", Sort.Direction.ASC).named("unitPath_login"));
    }
}
