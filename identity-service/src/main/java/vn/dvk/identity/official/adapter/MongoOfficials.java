package vn.dvk.identity.official.adapter;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.dvk.identity.official.domain.Official;
import vn.dvk.identity.official.domain.OfficialPage;
import vn.dvk.identity.official.domain.Officials;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.scope.Subtree;

/** Officials in the module's database, one document per login, saved through the platform's aggregate store. */
@Repository
class MongoOfficials implements Officials {

    static final String COLLECTION = "official";

    private final AggregateStore store;
    private final MongoTemplate mongo;

    MongoOfficials(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    @Override
    public Optional<Official> find(String login) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(login)), Official.class,
                COLLECTION));
    }

    @Override
    public void add(Official official) {
        store.save(official, official.login(), 0, List.of());
    }

    @Override
    public void update(Official changed, long expectedVersion) {
        store.save(changed, changed.login(), expectedVersion, List.of());
    }

    @Override
    public OfficialPage list(String unitPath, int page, int size) {
        Query query = Query.query(Subtree.of("unitPath", unitPath));
        long total = mongo.count(query, COLLECTION);
        query.with(Sort.by("unitPath", "login")).skip((long) page * size).limit(size);
        return new OfficialPage(mongo.find(query, Official.class, COLLECTION), page, size, total);
    }
}
