package vn.dvk.award.person.adapter;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.dvk.award.person.domain.People;
import vn.dvk.award.person.domain.Person;
import vn.dvk.award.person.domain.PersonPage;
import vn.dvk.award.person.domain.PersonQuery;
import vn.dvk.award.shared.domain.Texts;
import vn.dvk.contracts.award.AwardEvents;
import vn.dvk.contracts.award.PersonRegistered;
import vn.dvk.contracts.award.PersonUpdated;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.scope.Subtree;

/** The registry as {@link PersonDocument}s, each change written with its event through the platform outbox. */
@Repository
class MongoPeople implements People {

    private final AggregateStore store;
    private final MongoTemplate mongo;

    MongoPeople(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    @Override
    public Optional<Person> find(String id) {
        return Optional.ofNullable(mongo.findById(id, PersonDocument.class)).map(PersonDocument::toPerson);
    }

    @Override
    public void add(Person registered) {
        store.save(PersonDocument.of(registered), registered.id(), 0, List.of(new OutboundEvent<>(
                AwardEvents.PERSON_REGISTERED, registered.id(), registered.unitPath(),
                new PersonRegistered(registered.snapshot(), registered.changedBy(), registered.updatedAt()))));
    }

    @Override
    public void update(Person corrected) {
        store.save(PersonDocument.of(corrected), corrected.id(), corrected.version() - 1, List.of(new OutboundEvent<>(
                AwardEvents.PERSON_UPDATED, corrected.id(), corrected.unitPath(),
                new PersonUpdated(corrected.snapshot(), corrected.changedBy(), corrected.updatedAt()))));
    }

    @Override
    public PersonPage list(PersonQuery filter) {
        Query query = Query.query(Subtree.of("unitPath", filter.unitPath()));
        List<String> words = filter.words();
        if (!words.isEmpty()) {
            query.addCriteria(new Criteria().andOperator(words.stream()
                    .map(word -> Criteria.where("searchText").regex(Pattern.quote(word))).toList()));
        }
        long total = mongo.count(query, PersonDocument.class);
        query.with(Sort.by(Sort.Order.asc("searchText"), Sort.Order.asc("_id")))
                .skip((long) filter.page() * filter.size()).limit(filter.size());
        return new PersonPage(mongo.find(query, PersonDocument.class).stream().map(PersonDocument::toPerson).toList(),
                filter.page(), filter.size(), total);
    }

    @Override
    public List<Person> named(String unitCode, String fullName) {
        return mongo.find(Query.query(Criteria.where("unitCode").is(unitCode).and("nameKey")
                .is(Texts.nameKey(fullName))), PersonDocument.class).stream().map(PersonDocument::toPerson).toList();
    }
}
