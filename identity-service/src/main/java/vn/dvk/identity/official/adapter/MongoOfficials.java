package vn.dvk.identity.official.adapter;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.dvk.contracts.identity.IdentityEvents;
import vn.dvk.contracts.identity.OfficialRegistered;
import vn.dvk.contracts.identity.OfficialSnapshot;
import vn.dvk.contracts.identity.OfficialUpdated;
import vn.dvk.identity.official.domain.Official;
import vn.dvk.identity.official.domain.OfficialPage;
import vn.dvk.identity.official.domain.Officials;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.scope.Subtree;

/**
 * Officials in the module's database, one document per login, saved through the platform's aggregate store, which
 * announces them on {@code dvk.identity} through its outbox: {@code official.registered} when created,
 * {@code official.updated} when what other services know of him (name, mail, unit, roles, enabled) changed; sign-in
 * records and passwords are nobody else's business and announce nothing.
 */
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
        store.save(official, official.login(), 0, List.of(new OutboundEvent<>(IdentityEvents.OFFICIAL_REGISTERED,
                official.login(), official.unitPath(), new OfficialRegistered(snapshot(official, 1),
                official.updatedBy(), official.updatedAt()))));
    }

    @Override
    public void update(Official changed, long expectedVersion) {
        boolean announced = find(changed.login()).map(current -> !snapshot(current, 0).equals(snapshot(changed, 0)))
                .orElse(true);
        store.save(changed, changed.login(), expectedVersion, announced
                ? List.of(new OutboundEvent<>(IdentityEvents.OFFICIAL_UPDATED, changed.login(), changed.unitPath(),
                        new OfficialUpdated(snapshot(changed, expectedVersion + 1), changed.updatedBy(),
                                changed.updatedAt())))
                : List.of());
    }

    /** What other services know of an official, at the version the save gives him. */
    private static OfficialSnapshot snapshot(Official official, long version) {
        return new OfficialSnapshot(official.login(), official.displayName(), official.email(), official.unitCode(),
                official.unitPath(), official.roles().stream().map(Role::name).sorted().toList(), official.enabled(),
                version);
    }

    @Override
    public OfficialPage list(String unitPath, int page, int size) {
        Query query = Query.query(Subtree.of("unitPath", unitPath));
        long total = mongo.count(query, COLLECTION);
        query.with(Sort.by("unitPath", "login")).skip((long) page * size).limit(size);
        return new OfficialPage(mongo.find(query, Official.class, COLLECTION), page, size, total);
    }
}
