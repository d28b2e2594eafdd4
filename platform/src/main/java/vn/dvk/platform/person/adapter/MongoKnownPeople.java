package vn.dvk.platform.person.adapter;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.person.domain.KnownPeople;
import vn.dvk.platform.person.domain.KnownPerson;
import vn.dvk.platform.readmodel.ReadModel;

/**
 * The persons in {@code known_people}: a projection of award-service's registry that emits nothing, written directly
 * and rebuilt by replay like any read model.
 */
public class MongoKnownPeople implements KnownPeople, ReadModel {

    private final MongoTemplate mongo;

    public MongoKnownPeople(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "known-people";
    }

    @Override
    public List<Class<?>> documents() {
        return List.of(KnownPersonDocument.class);
    }

    @Override
    public Optional<KnownPerson> find(String id) {
        try {
            return Optional.ofNullable(mongo.findById(id, KnownPersonDocument.class))
                    .map(KnownPersonDocument::toPerson);
        } catch (Rejection.NotFound outsideTheCallersSubtree) {
            return Optional.empty();
        }
    }

    @Override
    public List<KnownPerson> inUnit(String unitCode) {
        return mongo.find(Query.query(Criteria.where("unitCode").is(unitCode)), KnownPersonDocument.class).stream()
                .map(KnownPersonDocument::toPerson).toList();
    }

    @Override
    public void save(KnownPerson person) {
        mongo.save(KnownPersonDocument.of(person));
    }
}
