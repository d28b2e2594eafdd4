package vn.dvk.notification.subscription.adapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.dvk.notification.notice.domain.NoticeKind;
import vn.dvk.notification.subscription.domain.Subscription;
import vn.dvk.notification.subscription.domain.SubscriptionPage;
import vn.dvk.notification.subscription.domain.Subscriptions;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.scope.Subtree;

/** Subscriptions as {@link SubscriptionDocument}s, written through the platform's store with their version. */
@Repository
class MongoSubscriptions implements Subscriptions {

    private final AggregateStore store;
    private final MongoTemplate mongo;

    MongoSubscriptions(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    @Override
    public Optional<Subscription> find(String id) {
        return Optional.ofNullable(mongo.findById(id, SubscriptionDocument.class))
                .map(SubscriptionDocument::toSubscription);
    }

    @Override
    public void add(Subscription created) {
        store.save(SubscriptionDocument.of(created), created.id(), 0, List.of());
    }

    @Override
    public void replace(Subscription changed) {
        store.save(SubscriptionDocument.of(changed), changed.id(), changed.version() - 1, List.of());
    }

    @Override
    public void remove(String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), SubscriptionDocument.class);
    }

    @Override
    public List<Subscription> ownedBy(String login, String visiblePath) {
        Query query = Query.query(Criteria.where("login").is(login)).addCriteria(Subtree.of("unitPath", visiblePath))
                .with(Sort.by("createdAt", "_id"));
        return mongo.find(query, SubscriptionDocument.class).stream().map(SubscriptionDocument::toSubscription)
                .toList();
    }

    @Override
    public SubscriptionPage within(String unitPath, int page, int size) {
        Query query = Query.query(Subtree.of("unitPath", unitPath));
        long total = mongo.count(query, SubscriptionDocument.class);
        query.with(Sort.by("unitPath", "login", "_id")).skip((long) page * size).limit(size);
        return new SubscriptionPage(mongo.find(query, SubscriptionDocument.class).stream()
                .map(SubscriptionDocument::toSubscription).toList(), page, size, total);
    }

    @Override
    public List<Subscription> covering(NoticeKind kind, String unitPath) {
        Query query = Query.query(Criteria.where("unitPath").in(selfAndAncestors(unitPath))
                .and("kinds").is(kind.name()));
        return mongo.find(query, SubscriptionDocument.class).stream().map(SubscriptionDocument::toSubscription)
                .toList();
    }

    /** {@code 14/124/04096} → the national root's empty path, {@code 14}, {@code 14/124}, {@code 14/124/04096}. */
    private static List<String> selfAndAncestors(String unitPath) {
        List<String> paths = new ArrayList<>();
        paths.add("");
        int slash = unitPath.indexOf('/');
        while (slash >= 0) {
            paths.add(unitPath.substring(0, slash));
            slash = unitPath.indexOf('/', slash + 1);
        }
        paths.add(unitPath);
        return paths;
    }
}
