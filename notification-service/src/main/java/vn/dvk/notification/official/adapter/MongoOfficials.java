package vn.dvk.notification.official.adapter;

import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.dvk.notification.official.domain.Official;
import vn.dvk.notification.official.domain.Officials;
import vn.dvk.platform.readmodel.ReadModel;

/**
 * Officials as {@link OfficialDocument}s, a read model of identity-service's events: rebuilt by replaying
 * {@code dvk.identity}. A newer version replaces an older one in a single conditional write; an older or repeated one
 * changes nothing.
 */
@Repository
class MongoOfficials implements Officials, ReadModel {

    private final MongoTemplate mongo;

    MongoOfficials(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "officials";
    }

    @Override
    public List<Class<?>> documents() {
        return List.of(OfficialDocument.class);
    }

    @Override
    public Optional<Official> find(String login) {
        return Optional.ofNullable(mongo.findById(login, OfficialDocument.class)).map(OfficialDocument::toOfficial);
    }

    @Override
    public boolean keep(Official official) {
        OfficialDocument document = OfficialDocument.of(official);
        Document fields = new Document();
        mongo.getConverter().write(document, fields);
        fields.remove("_id");
        Update replace = new Update();
        fields.forEach(replace::set);
        Query older = Query.query(Criteria.where("_id").is(official.login()).and("version").lt(official.version()));
        if (mongo.updateFirst(older, replace, OfficialDocument.class).getMatchedCount() == 1) {
            return true;
        }
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException sameOrNewerKept) {
            return false;
        }
    }

    @Override
    public List<Official> atUnit(String unitCode) {
        return mongo.find(Query.query(Criteria.where("unitCode").is(unitCode).and("enabled").is(true)),
                OfficialDocument.class).stream().map(OfficialDocument::toOfficial).toList();
    }
}
